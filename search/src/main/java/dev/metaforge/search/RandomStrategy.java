package dev.metaforge.search;

import dev.metaforge.search.propose.Proposer;
import java.util.List;

/**
 * The baseline: the same proposer and budget, building on a design drawn uniformly from every
 * evaluated one. A search strategy is worth using only by what it finds beyond this.
 */
public final class RandomStrategy implements SearchStrategy {
    private final Proposer proposer;
    private final ValueEstimator reviewer;

    /** {@code reviewer} may be null: no reviews and no critiques, as in {@link AdasStrategy}. */
    public RandomStrategy(Proposer proposer, ValueEstimator reviewer) {
        this.proposer = proposer;
        this.reviewer = reviewer;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public StopReason search(SearchSession session, List<Candidate> seeds) throws InterruptedException {
        return AdasStrategy.loop(session, seeds, proposer, reviewer, (ranked, rng) -> ranked.get(rng.nextInt(ranked.size())));
    }
}
