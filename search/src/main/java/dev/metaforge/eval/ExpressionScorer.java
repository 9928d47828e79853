package dev.metaforge.eval;

import java.lang.reflect.InvocationTargetException;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.commons.compiler.Location;
import org.codehaus.janino.ExpressionEvaluator;

/**
 * A scorer written as a Java expression over {@code String answer} and {@code String gold},
 * compiled once by Janino: a boolean (true = 1) or a number from 0 to 1. For example
 * {@code answer.trim().equalsIgnoreCase(gold)}. The expression is the user's own configuration,
 * not model output, so it is compiled as given.
 */
public final class ExpressionScorer implements Scorer {
    private final String expression;
    private final ExpressionEvaluator evaluator;
    private final boolean bool;

    private ExpressionScorer(String expression, ExpressionEvaluator evaluator, boolean bool) {
        this.expression = expression;
        this.evaluator = evaluator;
        this.bool = bool;
    }

    /** Compiles the expression; a mistake is reported with its column. */
    public static ExpressionScorer compile(String expression) throws ScorerException {
        for (Class<?> type : new Class<?>[] {boolean.class, double.class}) {
            ExpressionEvaluator ee = new ExpressionEvaluator();
            ee.setParameters(new String[] {"answer", "gold"}, new Class<?>[] {String.class, String.class});
            ee.setExpressionType(type);
            try {
                ee.cook(expression);
                return new ExpressionScorer(expression, ee, type == boolean.class);
            } catch (CompileException e) {
                if (type == double.class) {
                    Location at = e.getLocation();
                    throw new ScorerException("the scorer expression does not compile"
                            + (at == null ? "" : " at column " + at.getColumnNumber()) + ": "
                            + e.getMessage().replaceFirst("^Line \\d+, Column \\d+: ", "")
                            + "; write a boolean or a number from 0 to 1 over answer and gold, e.g. "
                            + "answer.trim().equalsIgnoreCase(gold)");
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public double score(String answer, String gold) {
        if (answer == null) {
            return 0;
        }
        try {
            Object result = evaluator.evaluate(new Object[] {answer, gold});
            return bool ? ((Boolean) result ? 1 : 0) : Math.max(0, Math.min(1, ((Number) result).doubleValue()));
        } catch (InvocationTargetException e) {
            return 0;
        }
    }

    @Override
    public String name() {
        return expression;
    }
}
