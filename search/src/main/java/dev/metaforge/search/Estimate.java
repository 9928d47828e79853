package dev.metaforge.search;

/**
 * A value agent's view of a design: the share of tasks it expects the design to solve, how sure
 * it is (both on [0, 1]), and a critique naming its main weakness.
 */
public record Estimate(double value, double confidence, String critique) {
    public Estimate {
        value = Math.max(0, Math.min(1, value));
        confidence = Math.max(0, Math.min(1, confidence));
        critique = critique == null ? "" : critique;
    }

    /** No estimate: zero confidence, so measurements alone decide. */
    public static Estimate none(String why) {
        return new Estimate(0.5, 0, why);
    }
}
