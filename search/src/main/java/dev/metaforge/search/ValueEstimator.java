package dev.metaforge.search;

/** Judges a design from its source and its failures, before or beside measurement (MASTER's self-assessment). */
public interface ValueEstimator {
    Estimate estimate(SearchSession session, Candidate candidate);
}
