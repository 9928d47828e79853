package dev.metaforge.search;

/** Hears what a search does, for progress on the command line. */
public interface SearchListener {
    /** A design was evaluated or failed; {@code session} tells the best so far and the spend. */
    void considered(SearchSession session, Candidate candidate);

    /** Something worth a line: a duplicate proposal, a broken version on the way, the end of a phase. */
    default void note(String message) {
    }

    SearchListener QUIET = (session, candidate) -> { };
}
