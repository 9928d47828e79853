package dev.metaforge.dsl;

import java.time.Duration;

/**
 * Limits on one task's run: wall time, model calls, characters of output, and branches of one
 * {@code parallel} call.
 */
public record RunLimits(Duration timePerTask, int callsPerTask, int outputChars, int maxBranches) {
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(60), 100, 20_000, 256);

    public RunLimits {
        if (timePerTask.isNegative() || timePerTask.isZero()) {
            throw new IllegalArgumentException("timePerTask must be positive");
        }
        if (callsPerTask <= 0 || outputChars <= 0 || maxBranches <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public RunLimits withTimePerTask(Duration time) {
        return new RunLimits(time, callsPerTask, outputChars, maxBranches);
    }

    public RunLimits withCallsPerTask(int calls) {
        return new RunLimits(timePerTask, calls, outputChars, maxBranches);
    }
}
