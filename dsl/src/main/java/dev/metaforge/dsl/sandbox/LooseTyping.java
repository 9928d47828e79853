package dev.metaforge.dsl.sandbox;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCall;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.transform.stc.AbstractTypeCheckingExtension;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;
import org.codehaus.groovy.transform.stc.StaticTypeCheckingVisitor;

/**
 * Lets the static type checker accept what plain Groovy decides at run time, where the type is
 * only known as {@code Object}: an operator on such a value goes to {@link DynamicOperators}, a
 * method or property on it is left to run time (through {@link GuardedCallSites}), and such a
 * value may be assigned to a typed variable (converted when assigned). Everything that is
 * statically known keeps its static checks and its precise errors.
 */
public final class LooseTyping extends AbstractTypeCheckingExtension {
    private static final ClassNode OPERATORS = ClassHelper.make(DynamicOperators.class);
    private static final ClassNode MATH = ClassHelper.make(DynamicMath.class);

    public LooseTyping(StaticTypeCheckingVisitor visitor) {
        super(visitor);
    }

    @Override
    public List<MethodNode> handleMissingMethod(ClassNode receiver, String name, ArgumentListExpression arguments,
                                                ClassNode[] argumentTypes, MethodCall call) {
        boolean loose = untyped(receiver) || Arrays.stream(argumentTypes).anyMatch(LooseTyping::untyped);
        if (!loose) {
            return List.of();
        }
        boolean operator = argumentTypes.length == 1 && DynamicOperators.BINARY.contains(name)
                || argumentTypes.length == 0 && DynamicOperators.UNARY.contains(name);
        if (operator) {
            return List.of(operator(name));
        }
        if (call instanceof MethodCallExpression m && m.getObjectExpression() instanceof ClassExpression c) {
            if (c.getType().getName().equals("java.lang.Math") && DynamicMath.FUNCTIONS.contains(name)) {
                return MATH.getMethods(name).stream().filter(f -> f.getParameters().length == argumentTypes.length).toList();
            }
            return List.of();
        }
        if (call instanceof MethodCallExpression m && !m.isImplicitThis() && ((ASTNode) call).getLineNumber() > 0
                && SandboxPolicy.allowsDynamicMember("invoke", name)) {
            return List.of(makeDynamic(m, ClassHelper.OBJECT_TYPE));
        }
        return List.of();
    }

    @Override
    public boolean handleUnresolvedProperty(PropertyExpression property) {
        String name = property.getPropertyAsString();
        if (name != null && untyped(getType(property.getObjectExpression()))
                && SandboxPolicy.allowsDynamicMember("getProperty", name)) {
            makeDynamic(property, ClassHelper.OBJECT_TYPE);
            return true;
        }
        return false;
    }

    @Override
    public boolean handleIncompatibleAssignment(ClassNode left, ClassNode right, Expression assignment) {
        return (untyped(right) || number(right) && (number(left) || ClassHelper.isPrimitiveType(left)))
                && !left.isArray();
    }

    private static boolean number(ClassNode type) {
        ClassNode wrapper = ClassHelper.getWrapper(type);
        return wrapper.isDerivedFrom(ClassHelper.Number_TYPE) || wrapper.equals(ClassHelper.Number_TYPE);
    }

    private static boolean untyped(ClassNode type) {
        return type != null && (ClassHelper.isObjectType(type) || ClassHelper.isDynamicTyped(type)
                || type.isGenericsPlaceHolder()
                || type.getName().equals("java.lang.Object"));
    }

    private static MethodNode operator(String name) {
        MethodNode method = OPERATORS.getMethods(name).get(0);
        Parameter[] parameters = method.getParameters();
        ExtensionMethodNode node = new ExtensionMethodNode(method, name, Modifier.PUBLIC, method.getReturnType(),
                Arrays.copyOfRange(parameters, 1, parameters.length), ClassNode.EMPTY_ARRAY, null, false);
        node.setDeclaringClass(ClassHelper.OBJECT_TYPE);
        return node;
    }
}
