package dev.metaforge.search;

/**
 * A design measured at the end of a search: validation on every task, then test once. A
 * contender is one of the top designs the winner is chosen from; the best seed is measured
 * beside them for comparison even when it is not one.
 */
public record Finalist(Candidate candidate, ScoreCard validation, ScoreCard test, boolean seed, boolean contender) {
}
