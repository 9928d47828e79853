package dev.metaforge.archive;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluation of a design on one split of a benchmark, with every task's result. It is
 * written in one transaction: a process killed while writing loses this evaluation, never part
 * of it.
 */
public record NewEvaluation(long designId, Long runId, String benchmark, String split, String benchHash, String model,
                            boolean simulated, long seed, double score, double ciLow, double ciHigh, long calls,
                            long tokens, double cost, Map<String, Integer> failures, List<TaskRecord> tasks) {
    public NewEvaluation {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(benchHash, "benchHash");
        Objects.requireNonNull(model, "model");
        failures = Map.copyOf(failures);
        tasks = List.copyOf(tasks);
    }
}
