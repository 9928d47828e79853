package dev.metaforge.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scorers by name — every named scorer is one line of {@link #NAMED} — or a Java expression over
 * {@code answer} and {@code gold}, compiled once.
 */
public final class Scorers {
    private static final Map<String, Supplier<Scorer>> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("exact", ExactScorer::new);
        NAMED.put("numeric", () -> new NumericScorer(1e-6));
        NAMED.put("f1", TokenF1Scorer::new);
        NAMED.put("choice", ChoiceScorer::new);
    }

    private Scorers() {
    }

    /** The names of the named scorers, in order. */
    public static Iterable<String> names() {
        return NAMED.keySet();
    }

    public static Scorer of(String spec) throws ScorerException {
        Supplier<Scorer> named = NAMED.get(spec);
        if (named != null) {
            return named.get();
        }
        if (spec.matches("[a-z]+")) {
            throw new ScorerException("unknown scorer '" + spec + "'; use " + String.join(", ", names())
                    + " or a Java expression over answer and gold");
        }
        return ExpressionScorer.compile(spec);
    }
}
