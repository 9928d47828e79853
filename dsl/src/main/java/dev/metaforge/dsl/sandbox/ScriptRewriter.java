package dev.metaforge.dsl.sandbox;

import java.util.function.UnaryOperator;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Rewrites every expression of a script, the bodies of its closures included (Groovy's own
 * transformer does not enter them): each expression is offered to {@code rewrite} first, and the
 * result's own parts are rewritten in turn.
 */
final class ScriptRewriter extends ClassCodeExpressionTransformer {
    private final SourceUnit source;
    private final UnaryOperator<Expression> rewrite;

    private ScriptRewriter(SourceUnit source, UnaryOperator<Expression> rewrite) {
        this.source = source;
        this.rewrite = rewrite;
    }

    static void apply(SourceUnit source, ClassNode script, UnaryOperator<Expression> rewrite) {
        new ScriptRewriter(source, rewrite).visitClass(script);
    }

    @Override
    protected SourceUnit getSourceUnit() {
        return source;
    }

    @Override
    public Expression transform(Expression expression) {
        if (expression instanceof ClosureExpression closure) {
            closure.getCode().visit(this);
            return closure;
        }
        if (expression == null) {
            return null;
        }
        return rewrite.apply(expression).transformExpression(this);
    }
}
