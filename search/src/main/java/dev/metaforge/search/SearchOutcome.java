package dev.metaforge.search;

import java.util.List;

/**
 * How a search ended: its run id, why it stopped, the finalists (winner first, the best seed
 * marked) with validation and test scores, what it considered and what it spent. No finalists
 * when it was interrupted: it is to be resumed. {@code runningMillis} is the part of the wall time
 * spent running designs on tasks, {@code compilingMillis} the part spent compiling designs (or
 * waiting for their compilation in the background). {@code calls} counts every call, the
 * finalists' measurement included; {@code searchCalls} those spent when the search stopped, the
 * part the calls budget limits.
 */
public record SearchOutcome(long runId, String strategy, StopReason stopReason, boolean interrupted,
                            List<Finalist> finalists, List<Candidate> candidates, int proposals, int duplicates,
                            long calls, long tokens, double cost, long millis, long runningMillis,
                            long compilingMillis, long searchCalls) {
    public SearchOutcome {
        finalists = List.copyOf(finalists);
        candidates = List.copyOf(candidates);
    }

    public Finalist winner() {
        return finalists.isEmpty() ? null : finalists.get(0);
    }

    public long failures() {
        return candidates.stream().filter(Candidate::failed).count();
    }
}
