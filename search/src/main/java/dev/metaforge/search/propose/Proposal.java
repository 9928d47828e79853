package dev.metaforge.search.propose;

import dev.metaforge.archive.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A proposed design: its name, the proposer's reasoning, the script, where it came from and its
 * parents. {@code failure} is set when no working version was reached; {@code failedAttempts}
 * keeps every broken version on the way (each is archived with its reason). The model calls the
 * proposal cost are counted in {@code calls}, {@code tokens} and {@code cost}. {@code duplicate}: the
 * proposal repeats a design the run already has, so there is nothing new to store or evaluate;
 * {@code failure} then says why.
 */
public record Proposal(String name, String thought, String source, Origin origin, List<Long> parents, String failure,
                       List<Attempt> failedAttempts, long calls, long tokens, double cost, boolean duplicate) {
    public Proposal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        thought = thought == null ? "" : thought;
        parents = List.copyOf(parents);
        failedAttempts = List.copyOf(failedAttempts);
        if (duplicate && failure == null) {
            throw new IllegalArgumentException("a duplicate proposal says why it is one");
        }
    }

    public boolean failed() {
        return failure != null;
    }

    /** A version that did not work, and why. */
    public record Attempt(String name, String source, String reason) {
    }
}
