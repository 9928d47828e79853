package dev.metaforge.eval;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits on what a run may spend: model calls, tokens, money and wall time (0 = no limit). One
 * budget is shared by every evaluation of a run; {@link #exhausted()} says which limit was hit.
 * Thread-safe.
 */
public final class Budget {
    private final long calls;
    private final long tokens;
    private final double cost;
    private final Duration time;
    private final long startNanos = System.nanoTime();
    private long spentCalls;
    private long spentTokens;
    private double spentCost;

    public Budget(long calls, long tokens, double cost, Duration time) {
        this.calls = calls;
        this.tokens = tokens;
        this.cost = cost;
        this.time = time;
    }

    public static Budget unlimited() {
        return new Budget(0, 0, 0, Duration.ZERO);
    }

    public synchronized void spend(long calls, long tokens, double cost) {
        spentCalls += calls;
        spentTokens += tokens;
        spentCost += cost;
    }

    /** The limit reached, or empty while there is budget left. */
    public synchronized Optional<BudgetLimit> exhausted() {
        if (calls > 0 && spentCalls >= calls) {
            return Optional.of(new BudgetLimit(BudgetLimit.Kind.CALLS, spentCalls, calls));
        }
        if (tokens > 0 && spentTokens >= tokens) {
            return Optional.of(new BudgetLimit(BudgetLimit.Kind.TOKENS, spentTokens, tokens));
        }
        if (cost > 0 && spentCost >= cost) {
            return Optional.of(new BudgetLimit(BudgetLimit.Kind.COST, spentCost, cost));
        }
        if (!time.isZero() && System.nanoTime() - startNanos >= time.toNanos()) {
            return Optional.of(new BudgetLimit(BudgetLimit.Kind.TIME, (System.nanoTime() - startNanos) / 1e9,
                    time.toSeconds()));
        }
        return Optional.empty();
    }

    public synchronized long spentCalls() {
        return spentCalls;
    }

    public synchronized long spentTokens() {
        return spentTokens;
    }

    public synchronized double spentCost() {
        return spentCost;
    }
}
