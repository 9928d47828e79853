package dev.metaforge.eval;

import java.util.Locale;

/** The budget limit a run reached: which one, what was spent and what was allowed. */
public record BudgetLimit(Kind kind, double spent, double limit) {
    /** The four things a budget limits. */
    public enum Kind {
        CALLS, TOKENS, COST, TIME
    }

    /** As shown to users: {@code calls (1500 of 1500)}, {@code cost ($0.2000 of $0.2000)}, {@code time (60 s)}. */
    public String describe() {
        return switch (kind) {
            case CALLS -> String.format(Locale.ROOT, "calls (%d of %d)", (long) spent, (long) limit);
            case TOKENS -> String.format(Locale.ROOT, "tokens (%d of %d)", (long) spent, (long) limit);
            case COST -> String.format(Locale.ROOT, "cost ($%.4f of $%.4f)", spent, limit);
            case TIME -> String.format(Locale.ROOT, "time (%d s)", (long) limit);
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
