package dev.metaforge.archive;

import java.time.Instant;
import java.util.List;

/** A line of {@code archive list}: a design with its best score on each benchmark and what it cost. */
public record DesignSummary(long id, String name, Origin origin, boolean failed, Instant created, long calls,
                            double cost, List<Score> scores) {

    /** The best evaluation of the design on one benchmark split. */
    public record Score(String benchmark, String split, double score, double ciLow, double ciHigh, int n,
                        boolean simulated) {
    }
}
