package dev.metaforge.cli;

import dev.metaforge.eval.Budget;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The spending limits of {@code eval}, {@code search} and {@code compare}: model calls, tokens,
 * money and wall time. A limit not given takes the command's default; 0 means no limit.
 */
final class BudgetOptions {
    @Option(names = "--budget-calls", paramLabel = "N", description = "Model calls it may make (0: no limit; "
            + "search: 150,000 by default, compare: 30,000 a run, eval: no limit).")
    Long calls;

    @Option(names = "--budget-tokens", paramLabel = "N", description = "Tokens (0 or not given: no limit).")
    long tokens;

    @Option(names = "--budget-cost", paramLabel = "USD", description = "Money (0 or not given: no limit).")
    double cost;

    @Option(names = "--budget-time", paramLabel = "SECONDS", description = "Wall time (0 or not given: no limit).")
    long time;

    /** The calls limit given, else {@code fallback}. */
    long calls(long fallback) {
        return calls == null ? fallback : calls;
    }

    void validate() {
        if (calls != null && calls < 0 || tokens < 0 || cost < 0 || Double.isNaN(cost) || time < 0) {
            throw new UsageException("--budget-calls, --budget-tokens, --budget-cost and --budget-time take 0 (no limit) "
                    + "or more");
        }
    }

    Budget budget(long fallbackCalls) {
        return new Budget(calls(fallbackCalls), tokens, cost, Duration.ofSeconds(time));
    }
}
