package dev.metaforge.search;

/**
 * Decides, once a new design's first batch is measured, whether it is worth more tasks. The
 * default spends them; MCTS asks its value agent (MASTER: a confident estimate stands in for
 * measurements), so a design both the estimate and the first batch put below the incumbent stops
 * there and keeps its place in the tree with what was measured.
 */
@FunctionalInterface
public interface RaceGate {
    RaceGate ALWAYS = (design, incumbent) -> true;

    /** True to race {@code design}, measured so far on its first batch, on against {@code incumbent}. */
    boolean more(Candidate design, ScoreCard incumbent);
}
