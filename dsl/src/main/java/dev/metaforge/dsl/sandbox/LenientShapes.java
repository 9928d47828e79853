package dev.metaforge.dsl.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Right after the syntax rules, before names are resolved: shapes of plain Groovy that static
 * compilation would refuse, rewritten to what they mean. {@code print}/{@code println} write to
 * the task's trace ({@code log}); {@code def (a, b) = pair} unpacks any list; a first assignment
 * to an undeclared name declares it, as a script's variables would be; and {@code -x.value} and
 * {@code a <=> b} work on whatever the values turn out to be.
 */
final class LenientShapes extends CompilationCustomizer {
    private static final ClassNode OPERATORS = ClassHelper.make(DynamicOperators.class);
    private static final Set<String> PRINTING = Set.of("print", "println");

    LenientShapes() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        Set<String> declared = new HashSet<>(LocalNames.of(classNode));
        int[] temporaries = {0};
        new ClassCodeExpressionTransformer() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitBlockStatement(BlockStatement block) {
                List<Statement> out = new ArrayList<>();
                for (Statement s : block.getStatements()) {
                    out.addAll(unpack(s, declared, temporaries));
                }
                block.getStatements().clear();
                block.getStatements().addAll(out);
                super.visitBlockStatement(block);
            }

            @Override
            public Expression transform(Expression expression) {
                if (expression instanceof ClosureExpression closure) {
                    declareAssigned(closure.getCode(), declared);
                    closure.getCode().visit(this);
                    return closure;
                }
                Expression rewritten = rewrite(expression);
                return rewritten == null ? null : rewritten.transformExpression(this);
            }
        }.visitClass(classNode);
    }

    private static Expression rewrite(Expression expression) {
        if (expression instanceof MethodCallExpression call && call.isImplicitThis()
                && PRINTING.contains(call.getMethodAsString())) {
            List<Expression> args = ScriptRules.arguments(call);
            MethodCallExpression log = new MethodCallExpression(VariableExpression.THIS_EXPRESSION, "log",
                    new ArgumentListExpression(args.isEmpty() ? new ConstantExpression("") : args.get(0)));
            log.setImplicitThis(true);
            log.setSourcePosition(call);
            return args.size() <= 1 ? log : expression;
        }
        if (expression instanceof BinaryExpression compare && compare.getOperation().getType() == Types.COMPARE_TO) {
            StaticMethodCallExpression call = new StaticMethodCallExpression(OPERATORS, "compareTo",
                    new ArgumentListExpression(compare.getLeftExpression(), compare.getRightExpression()));
            call.setSourcePosition(compare);
            return call;
        }
        if (expression instanceof UnaryMinusExpression minus && (minus.getExpression() instanceof PropertyExpression
                || minus.getExpression() instanceof MethodCallExpression
                || minus.getExpression() instanceof BinaryExpression b && b.getOperation().getType() == Types.LEFT_SQUARE_BRACKET)) {
            StaticMethodCallExpression call = new StaticMethodCallExpression(OPERATORS, "negative",
                    new ArgumentListExpression(minus.getExpression()));
            call.setSourcePosition(minus);
            return call;
        }
        return expression;
    }

    /**
     * Names a closure body assigns without declaring them anywhere (as in {@code result = …}) are
     * declared at the top of that body, so they are local to it, as a script's variables are
     * local to one run.
     */
    private static void declareAssigned(Statement body, Set<String> declared) {
        if (!(body instanceof BlockStatement block)) {
            return;
        }
        List<String> names = new ArrayList<>();
        body.visit(new org.codehaus.groovy.ast.CodeVisitorSupport() {
            @Override
            public void visitClosureExpression(ClosureExpression nested) {
                // a nested closure's own assignments are declared in its own body
            }

            @Override
            public void visitBinaryExpression(BinaryExpression b) {
                if (!(b instanceof DeclarationExpression) && b.getOperation().getType() == Types.ASSIGN
                        && b.getLeftExpression() instanceof VariableExpression v && !v.isThisExpression()
                        && !v.isSuperExpression() && !v.getName().contains("$") && declared.add(v.getName())) {
                    names.add(v.getName());
                }
                super.visitBinaryExpression(b);
            }
        });
        List<Statement> declarations = new ArrayList<>();
        for (String name : names) {
            declarations.add(statement(declaration(new VariableExpression(name), new ConstantExpression(null), block)));
        }
        block.getStatements().addAll(0, declarations);
    }

    /** {@code def (a, b) = value} with a value that is not a list literal; an undeclared first assignment. */
    private static List<Statement> unpack(Statement statement, Set<String> declared, int[] temporaries) {
        if (!(statement instanceof ExpressionStatement es)) {
            return List.of(statement);
        }
        if (es.getExpression() instanceof DeclarationExpression d && d.isMultipleAssignmentDeclaration()
                && !(d.getRightExpression() instanceof ListExpression)) {
            String temporary = "$unpacked" + temporaries[0]++;
            List<Statement> out = new ArrayList<>();
            out.add(statement(declaration(new VariableExpression(temporary), d.getRightExpression(), d)));
            List<Expression> names = d.getTupleExpression().getExpressions();
            for (int i = 0; i < names.size(); i++) {
                BinaryExpression item = new BinaryExpression(new VariableExpression(temporary),
                        Token.newSymbol(Types.LEFT_SQUARE_BRACKET, d.getLineNumber(), d.getColumnNumber()),
                        new ConstantExpression(i, true));
                item.setSourcePosition(d);
                VariableExpression name = (VariableExpression) names.get(i);
                out.add(statement(declaration(new VariableExpression(name.getName(), name.getOriginType()), item, d)));
            }
            return out;
        }
        return List.of(statement);
    }

    private static DeclarationExpression declaration(VariableExpression name, Expression value,
                                                     org.codehaus.groovy.ast.ASTNode at) {
        DeclarationExpression d = new DeclarationExpression(name,
                Token.newSymbol(Types.ASSIGN, at.getLineNumber(), at.getColumnNumber()), value);
        d.setSourcePosition(at);
        name.setSourcePosition(at);
        return d;
    }

    private static Statement statement(Expression e) {
        ExpressionStatement s = new ExpressionStatement(e);
        s.setSourcePosition(e);
        return s;
    }
}
