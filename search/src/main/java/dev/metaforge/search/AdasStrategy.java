package dev.metaforge.search;

import dev.metaforge.search.propose.Proposer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * ADAS's loop: each generation the proposer is shown a bounded selection of the archive and one
 * design to build on (chosen by {@link AflowSelection}, so mostly the best), and what it makes is
 * raced and archived. No tree: the archive is the only memory. Given a reviewer (the value agent),
 * each evaluated design is reviewed and its critique goes with it when it is built on, as it does
 * in {@code mcts}; without one, proposals see no critique.
 */
public final class AdasStrategy implements SearchStrategy {
    private final Proposer proposer;
    private final ValueEstimator reviewer;

    /** {@code reviewer} may be null: no reviews and no critiques. */
    public AdasStrategy(Proposer proposer, ValueEstimator reviewer) {
        this.proposer = proposer;
        this.reviewer = reviewer;
    }

    @Override
    public String name() {
        return "adas";
    }

    @Override
    public StopReason search(SearchSession session, List<Candidate> seeds) throws InterruptedException {
        return loop(session, seeds, proposer, reviewer, (ranked, rng) -> AflowSelection.pick(ranked, seeds.isEmpty() ? null
                : seeds.get(0), session::fitness, rng));
    }

    /** Picks the design to build on from the ranking. */
    interface ParentChoice {
        Candidate pick(List<Candidate> ranked, SplittableRandom rng);
    }

    static StopReason loop(SearchSession session, List<Candidate> seeds, Proposer proposer, ValueEstimator reviewer,
                       ParentChoice choice) throws InterruptedException {
        SplittableRandom rng = new SplittableRandom(session.settings().seed());
        Strategies.Nodes nodes = new Strategies.Nodes(session);
        Map<Long, String> critiques = new HashMap<>();
        for (Candidate s : seeds) {
            nodes.add(s, review(session, reviewer, s, critiques));
        }
        Strategies.Stopping stopping = new Strategies.Stopping(session);
        while (true) {
            Optional<StopReason> stop = stopping.reason();
            if (stop.isPresent()) {
                return stop.get();
            }
            List<Candidate> ranked = session.ranked();
            if (ranked.isEmpty()) {
                return StopReason.exhausted("no design to build on");
            }
            Candidate parent = choice.pick(ranked, rng);
            List<Candidate> siblings = session.candidates().stream()
                    .filter(c -> c.parents().contains(parent.designId())).toList();
            Optional<Candidate> made = session.consider(proposer.propose(session.context(parent, siblings,
                    rng.nextLong()).critique(critiques.getOrDefault(parent.designId(), "")).build()));
            if (made.isPresent()) {
                nodes.add(made.get(), review(session, reviewer, made.get(), critiques));
            }
        }
    }

    private static Estimate review(SearchSession session, ValueEstimator reviewer, Candidate c,
                                   Map<Long, String> critiques) {
        if (reviewer == null || c.failed()) {
            return null;
        }
        Estimate e = reviewer.estimate(session, c);
        critiques.put(c.designId(), e.critique());
        return e;
    }
}
