package dev.metaforge.dsl.sandbox;

import java.util.HashSet;
import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.control.SourceUnit;

/**
 * The names a script declares as local variables and parameters. A call such as
 * {@code evaluate(expr)} after {@code def evaluate = { … }} calls that closure, not the method
 * of the same name, so the name alone is no reason to refuse it; what it resolves to is checked
 * again after type checking and in the bytecode.
 */
final class LocalNames extends ClassCodeVisitorSupport {
    private final Set<String> names = new HashSet<>();

    private LocalNames() {
    }

    static Set<String> of(ClassNode script) {
        LocalNames visitor = new LocalNames();
        visitor.visitClass(script);
        return Set.copyOf(visitor.names);
    }

    @Override
    protected SourceUnit getSourceUnit() {
        return null;
    }

    @Override
    public void visitDeclarationExpression(DeclarationExpression expression) {
        Expression left = expression.getLeftExpression();
        if (left instanceof VariableExpression v) {
            names.add(v.getName());
        } else if (left instanceof TupleExpression tuple) {
            for (Expression e : tuple.getExpressions()) {
                if (e instanceof VariableExpression v) {
                    names.add(v.getName());
                }
            }
        }
        super.visitDeclarationExpression(expression);
    }

    @Override
    public void visitClosureExpression(ClosureExpression expression) {
        if (expression.getParameters() != null) {
            for (Parameter p : expression.getParameters()) {
                names.add(p.getName());
            }
        }
        super.visitClosureExpression(expression);
    }

    @Override
    public void visitMethod(MethodNode node) {
        for (Parameter p : node.getParameters()) {
            names.add(p.getName());
        }
        super.visitMethod(node);
    }

    @Override
    @SuppressWarnings("deprecation") // Groovy 4 still fills getVariable(); its replacement arrives in Groovy 5
    public void visitForLoop(ForStatement loop) {
        if (loop.getVariable() != null && loop.getVariable() != ForStatement.FOR_LOOP_DUMMY) {
            names.add(loop.getVariable().getName());
        }
        super.visitForLoop(loop);
    }
}
