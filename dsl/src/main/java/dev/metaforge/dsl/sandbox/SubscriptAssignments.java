package dev.metaforge.dsl.sandbox;

import java.util.Map;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites assignments to a subscript ({@code counts[word] = 1}, {@code counts[word] += 1},
 * {@code counts[word]++}) into {@link Subscripts#set}. The static compiler otherwise leaves them
 * to a dynamic call on the script's class, which the sandbox refuses, so the commonest idiom of
 * counting with a map would not compile.
 */
final class SubscriptAssignments extends CompilationCustomizer {
    private static final ClassNode SUBSCRIPTS = ClassHelper.make(Subscripts.class);
    private static final Map<Integer, Integer> COMPOUND = Map.ofEntries(
            Map.entry(Types.PLUS_EQUAL, Types.PLUS), Map.entry(Types.MINUS_EQUAL, Types.MINUS),
            Map.entry(Types.MULTIPLY_EQUAL, Types.MULTIPLY), Map.entry(Types.DIVIDE_EQUAL, Types.DIVIDE),
            Map.entry(Types.REMAINDER_EQUAL, Types.REMAINDER), Map.entry(Types.POWER_EQUAL, Types.POWER),
            Map.entry(Types.LEFT_SHIFT_EQUAL, Types.LEFT_SHIFT), Map.entry(Types.ELVIS_EQUAL, Types.ELVIS_EQUAL));

    /** Methods without side effects, whose call may be the key of {@code m[key] += 1}. */
    private static final java.util.Set<String> PURE = java.util.Set.of("trim", "strip", "toLowerCase", "toUpperCase",
            "toString", "toInteger", "toLong", "toBigDecimal", "toDouble", "get", "getAt", "size", "getKey",
            "getValue", "first", "last", "substring", "normalize", "capitalize", "intValue", "abs", "round");

    SubscriptAssignments() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        ScriptRewriter.apply(source, classNode, SubscriptAssignments::rewrite);
    }

    private static Expression rewrite(Expression expression) {
        if (expression instanceof BinaryExpression b && isSubscript(b.getLeftExpression())) {
            BinaryExpression target = (BinaryExpression) b.getLeftExpression();
            int op = b.getOperation().getType();
            if (op == Types.ASSIGN) {
                return set(target, b.getRightExpression(), b);
            }
            Integer plain = COMPOUND.get(op);
            if (plain != null && repeatable(target)) {
                Expression value = plain == Types.ELVIS_EQUAL
                        ? new org.codehaus.groovy.ast.expr.ElvisOperatorExpression(target, b.getRightExpression())
                        : binary(target, plain, b.getRightExpression(), b);
                return set(target, value, b);
            }
        }
        Expression operand = expression instanceof PostfixExpression p ? p.getExpression()
                : expression instanceof PrefixExpression p ? p.getExpression() : null;
        if (operand != null && isSubscript(operand) && repeatable((BinaryExpression) operand)) {
            Token token = expression instanceof PostfixExpression p ? p.getOperation() : ((PrefixExpression) expression).getOperation();
            int op = token.getType() == Types.PLUS_PLUS ? Types.PLUS : token.getType() == Types.MINUS_MINUS ? Types.MINUS : -1;
            if (op > 0) {
                return set((BinaryExpression) operand, binary(operand, op, new ConstantExpression(1), expression), expression);
            }
        }
        return expression;
    }

    private static boolean isSubscript(Expression e) {
        return e instanceof BinaryExpression b && b.getOperation().getType() == Types.LEFT_SQUARE_BRACKET
                && !b.isSafe();
    }

    /** Container and key can be evaluated twice (for {@code +=}) without a side effect. */
    private static boolean repeatable(BinaryExpression subscript) {
        return simple(subscript.getLeftExpression()) && simple(subscript.getRightExpression());
    }

    private static boolean simple(Expression e) {
        return e instanceof VariableExpression || e instanceof ConstantExpression
                || e instanceof PropertyExpression p && simple(p.getObjectExpression())
                || e instanceof org.codehaus.groovy.ast.expr.GStringExpression
                || isSubscript(e) && repeatable((BinaryExpression) e)
                || e instanceof org.codehaus.groovy.ast.expr.MethodCallExpression call && PURE.contains(call.getMethodAsString())
                && simple(call.getObjectExpression()) && call.getArguments() instanceof org.codehaus.groovy.ast.expr.TupleExpression t
                && t.getExpressions().stream().allMatch(SubscriptAssignments::simple);
    }

    private static Expression binary(Expression left, int op, Expression right, Expression at) {
        BinaryExpression b = new BinaryExpression(left, Token.newSymbol(op, at.getLineNumber(), at.getColumnNumber()), right);
        b.setSourcePosition(at);
        return b;
    }

    private static Expression set(BinaryExpression target, Expression value, Expression at) {
        StaticMethodCallExpression call = new StaticMethodCallExpression(SUBSCRIPTS, "set",
                new ArgumentListExpression(target.getLeftExpression(), target.getRightExpression(), value));
        call.setSourcePosition(at);
        return call;
    }
}
