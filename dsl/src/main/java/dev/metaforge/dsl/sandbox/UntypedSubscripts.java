package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/**
 * After type checking: a subscript read on a value known only as {@code Object}
 * ({@code matcher[0][1]}, {@code pair[0]} of an untyped list) becomes a call to
 * {@link DynamicOperators#getAt}. The type checker accepts it through {@link LooseTyping}, but
 * the static code generator has no call for it, so the call is written out here.
 */
final class UntypedSubscripts extends CompilationCustomizer {
    private static final MethodNode GET_AT = ClassHelper.make(DynamicOperators.class).getMethods("getAt").get(0);

    UntypedSubscripts() {
        super(CompilePhase.INSTRUCTION_SELECTION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        ScriptRewriter.apply(source, classNode, UntypedSubscripts::rewrite);
    }

    private static Expression rewrite(Expression expression) {
        if (expression instanceof BinaryExpression b && b.getOperation().getType() == Types.LEFT_SQUARE_BRACKET
                && !b.isSafe() && InferredTypes.untyped(b.getLeftExpression())) {
            MethodCallExpression call = new MethodCallExpression(new ClassExpression(GET_AT.getDeclaringClass()),
                    "getAt", new ArgumentListExpression(b.getLeftExpression(), b.getRightExpression()));
            call.setImplicitThis(false);
            call.setSourcePosition(b);
            call.setMethodTarget(GET_AT);
            call.setNodeMetaData(StaticTypesMarker.INFERRED_TYPE, ClassHelper.OBJECT_TYPE);
            return call;
        }
        return expression;
    }
}
