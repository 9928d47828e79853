package dev.metaforge.archive;

import java.time.Instant;
import java.util.Map;

/** A stored evaluation, without its task results (see {@link Evaluations#tasks}). */
public record EvaluationRecord(long id, long designId, Long runId, String benchmark, String split, String benchHash,
                               String model, boolean simulated, long seed, int n, double score, double ciLow,
                               double ciHigh, long calls, long tokens, double cost, Map<String, Integer> failures,
                               Instant created) {
}
