package dev.metaforge.search;

import java.util.List;

/**
 * AFlow's stopping rule: the mean fitness (validation score by default) of the top three has not moved for
 * {@code patience} iterations in a row.
 */
final class Convergence {
    private final int patience;
    private double last = Double.NaN;
    private int still;

    Convergence(int patience) {
        this.patience = patience;
    }

    /** Records the ranking after an iteration; true once the top-3 mean has been still for {@code patience}. */
    boolean converged(List<Candidate> ranked, java.util.function.ToDoubleFunction<Candidate> fitness) {
        double top = ranked.stream().limit(3).mapToDouble(fitness).average().orElse(0);
        still = top == last ? still + 1 : 0;
        last = top;
        return still >= patience;
    }
}
