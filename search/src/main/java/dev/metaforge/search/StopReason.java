package dev.metaforge.search;

import dev.metaforge.archive.RunStatus;
import dev.metaforge.eval.BudgetLimit;
import java.util.Locale;

/**
 * Why a search stopped: a budget limit, the design count, AFlow's convergence rule, nothing left
 * to build on, or an interrupt. The run's status follows from it; {@link #describe()} is the
 * sentence users read.
 */
public record StopReason(Kind kind, String describe) {
    /** The kinds of stop, each with the run status it leaves. */
    public enum Kind {
        BUDGET(RunStatus.BUDGET), DESIGNS(RunStatus.DONE), CONVERGED(RunStatus.DONE), EXHAUSTED(RunStatus.DONE),
        INTERRUPTED(RunStatus.STOPPED);

        private final RunStatus status;

        Kind(RunStatus status) {
            this.status = status;
        }
    }

    public static StopReason budget(BudgetLimit limit) {
        return new StopReason(Kind.BUDGET, limit.describe());
    }

    public static StopReason designs(int made, int limit) {
        return new StopReason(Kind.DESIGNS, String.format(Locale.ROOT, "designs (%d of %d)", made, limit));
    }

    public static StopReason converged(int patience) {
        return new StopReason(Kind.CONVERGED, "converged (top-3 mean unchanged for " + patience + " iterations)");
    }

    /** The strategy has nothing left to try; {@code why} says what ran out. */
    public static StopReason exhausted(String why) {
        return new StopReason(Kind.EXHAUSTED, why);
    }

    public static StopReason interrupted() {
        return new StopReason(Kind.INTERRUPTED, "interrupted");
    }

    public RunStatus runStatus() {
        return kind.status;
    }

    @Override
    public String toString() {
        return describe;
    }
}
