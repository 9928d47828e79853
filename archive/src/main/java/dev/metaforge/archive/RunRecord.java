package dev.metaforge.archive;

import java.time.Instant;

/** A stored search or evaluation run: what it did, what it spent, how it ended. */
public record RunRecord(long id, String strategy, String settings, long seed, RunStatus status, String budget, long calls,
                        long tokens, double cost, Long bestDesign, Instant started, Instant finished) {
}
