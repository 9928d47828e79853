package dev.metaforge.search;

import dev.metaforge.archive.Origin;
import dev.metaforge.search.propose.ArchivedDesign;
import java.util.List;

/**
 * A design the run has considered: its archive id, its number in the run (1 for the first), name, source, origin and parents, and either
 * its validation score card (possibly cut short by racing) or the reason it failed.
 */
public record Candidate(long designId, int index, String name, String source, Origin origin, List<Long> parents,
                        ScoreCard validation, String failure) {
    public Candidate {
        parents = List.copyOf(parents);
    }

    public boolean failed() {
        return failure != null;
    }

    /** The design as a proposer is shown it. */
    public ArchivedDesign asArchived() {
        return validation == null ? new ArchivedDesign(designId, index, name, source, 0, 0, 0, 0)
                : new ArchivedDesign(designId, index, name, source, validation.mean(), validation.ciLow(), validation.ciHigh(),
                validation.n());
    }

    public double mean() {
        return validation == null ? 0 : validation.mean();
    }
}
