package dev.metaforge.search.propose;

/**
 * Makes a new design from a context: a parent, a bounded selection of the archive, the parent's
 * failures and a critique. A proposal that could not be made to work comes back with its
 * failure, never as an exception, so that the search archives it with its reason.
 */
public interface Proposer {
    Proposal propose(ProposalContext context);

    /** A short name for the run's settings and tables, e.g. {@code operators} or {@code meta-agent(sim)}. */
    String name();
}
