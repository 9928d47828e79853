package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.classgen.asm.BytecodeHelper;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/**
 * After static type checking: every method the script calls, now resolved to its declaring
 * class, must be one the sandbox allows. This gives a line and column for calls such as
 * {@code "ls".execute()} that only the type checker can pin to a class.
 */
final class CallRules extends CompilationCustomizer {

    CallRules() {
        super(CompilePhase.INSTRUCTION_SELECTION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        Reporter report = new Reporter(source);
        String own = classNode.getName();
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                check(call.getMethodTarget(), call);
                if (call.getMethodTarget() != null && SandboxPolicy.REDIRECTED.containsKey(key(call.getMethodTarget()))
                        && !call.isImplicitThis() && !ScriptRules.arguments(call).isEmpty()) {
                    checkSubscript(call.getObjectExpression(), ScriptRules.arguments(call).get(0), call);
                }
                super.visitMethodCallExpression(call);
            }

            @Override
            public void visitBinaryExpression(org.codehaus.groovy.ast.expr.BinaryExpression expression) {
                if (expression.getOperation().getType() == org.codehaus.groovy.syntax.Types.LEFT_SQUARE_BRACKET) {
                    checkSubscript(expression.getLeftExpression(), expression.getRightExpression(), expression);
                }
                super.visitBinaryExpression(expression);
            }

            private void checkSubscript(org.codehaus.groovy.ast.expr.Expression container,
                                        org.codehaus.groovy.ast.expr.Expression key, ASTNode where) {
                ClassNode keyType = InferredTypes.of(key);
                if (keyType == null || !keyType.equals(ClassHelper.STRING_TYPE) && !keyType.equals(ClassHelper.GSTRING_TYPE)) {
                    return;
                }
                ClassNode type = InferredTypes.of(container);
                ClassNode element = type != null && type.implementsInterface(ClassHelper.make(java.util.Collection.class))
                        && type.getGenericsTypes() != null && type.getGenericsTypes().length == 1
                        ? type.getGenericsTypes()[0].getType() : type;
                if (element != null && !mapLike(element)) {
                    report.error(where, DiagnosticCode.FORBIDDEN, "x[name] reads by a computed name only from a Map, and this is "
                            + describe(element) + "; use a Map, or write the property's name");
                }
            }

            @Override
            public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
                check(call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET), call);
                super.visitStaticMethodCallExpression(call);
            }

            private String key(MethodNode target) {
                MethodNode method = target instanceof ExtensionMethodNode ext ? ext.getExtensionMethodNode() : target;
                return method.getDeclaringClass().getName().replace('.', '/') + "." + method.getName()
                        + BytecodeHelper.getMethodDescriptor(method);
            }

            private boolean mapLike(ClassNode type) {
                return ClassHelper.isObjectType(type) || type.isGenericsPlaceHolder()
                        || type.equals(ClassHelper.MAP_TYPE) || type.implementsInterface(ClassHelper.MAP_TYPE)
                        || type.isDerivedFrom(ClassHelper.make(java.util.AbstractMap.class));
            }

            private String describe(ClassNode type) {
                return type.getName().equals(own) || type.getName().startsWith(own + "$") ? "the script itself"
                        : "a " + type.getNameWithoutPackage();
            }

            private void check(MethodNode target, ASTNode where) {
                if (target == null) {
                    return;
                }
                MethodNode method = target instanceof ExtensionMethodNode ext ? ext.getExtensionMethodNode() : target;
                ClassNode declaring = method.getDeclaringClass();
                if (declaring == null || declaring.getName().equals(own) || declaring.getName().startsWith(own + "$")) {
                    return;
                }
                String reason = SandboxPolicy.refusesCall(declaring.getName().replace('.', '/'), method.getName(),
                        BytecodeHelper.getMethodDescriptor(method));
                if (reason != null) {
                    report.error(where, DiagnosticCode.FORBIDDEN, reason);
                }
            }
        }.visitClass(classNode);
    }
}
