package dev.metaforge.search;

import java.util.List;

/**
 * A way of choosing what to propose next. It runs until the session says stop (budget, design
 * count, interrupt), it has nothing left to try, or it converges, and returns why it stopped.
 * Given the same session state and seed it makes the same choices, so a replayed run repeats.
 */
public interface SearchStrategy {
    String name();

    StopReason search(SearchSession session, List<Candidate> seeds) throws InterruptedException;
}
