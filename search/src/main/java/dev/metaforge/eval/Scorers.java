package dev.metaforge.eval;

/** Scorers by name: {@code exact}, {@code numeric}, {@code f1}, {@code choice}, or a Java expression. */
public final class Scorers {
    private Scorers() {
    }

    public static Scorer of(String spec) throws ScorerException {
        return switch (spec) {
            case "exact" -> new ExactScorer();
            case "numeric" -> new NumericScorer(1e-6);
            case "f1" -> new TokenF1Scorer();
            case "choice" -> new ChoiceScorer();
            default -> {
                if (spec.matches("[a-z]+")) {
                    throw new ScorerException("unknown scorer '" + spec + "'; use exact, numeric, f1, choice or a Java "
                            + "expression over answer and gold");
                }
                yield ExpressionScorer.compile(spec);
            }
        };
    }
}
