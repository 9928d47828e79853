package dev.metaforge.search;

import dev.metaforge.search.propose.Proposer;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * ADAS's loop: each generation the proposer is shown a bounded selection of the archive and one
 * design to build on (chosen by {@link AflowSelection}, so mostly the best), and what it makes is
 * raced and archived. No tree and no value agent: the archive is the only memory.
 */
public final class AdasStrategy implements SearchStrategy {
    private final Proposer proposer;

    public AdasStrategy(Proposer proposer) {
        this.proposer = proposer;
    }

    @Override
    public String name() {
        return "adas";
    }

    @Override
    public String search(SearchSession session, List<Candidate> seeds) throws InterruptedException {
        return loop(session, seeds, proposer, (ranked, rng) -> AflowSelection.pick(ranked, seeds.isEmpty() ? null
                : seeds.get(0), rng));
    }

    /** Picks the design to build on from the ranking. */
    interface ParentChoice {
        Candidate pick(List<Candidate> ranked, SplittableRandom rng);
    }

    static String loop(SearchSession session, List<Candidate> seeds, Proposer proposer, ParentChoice choice)
            throws InterruptedException {
        SplittableRandom rng = new SplittableRandom(session.settings().seed());
        Strategies.Nodes nodes = new Strategies.Nodes(session);
        seeds.forEach(s -> nodes.add(s, null));
        Strategies.Stopping stopping = new Strategies.Stopping(session);
        while (true) {
            Optional<String> stop = stopping.reason();
            if (stop.isPresent()) {
                return stop.get();
            }
            List<Candidate> ranked = session.ranked();
            if (ranked.isEmpty()) {
                return "no design to build on";
            }
            Candidate parent = choice.pick(ranked, rng);
            List<Candidate> siblings = session.candidates().stream()
                    .filter(c -> c.parents().contains(parent.designId())).toList();
            Optional<Candidate> made = session.consider(proposer.propose(
                    session.context(parent, siblings, rng.nextLong()).build()));
            made.ifPresent(c -> nodes.add(c, null));
        }
    }
}
