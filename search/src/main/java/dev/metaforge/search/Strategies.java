package dev.metaforge.search;

import dev.metaforge.archive.NodeState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the strategies share: when to stop, and how a design's node is kept in the archive. */
public final class Strategies {
    private Strategies() {
    }

    /** The session's stop reasons, then AFlow's convergence rule, asked once per iteration. */
    public static final class Stopping {
        private final SearchSession session;
        private final Convergence convergence;

        public Stopping(SearchSession session) {
            this.session = session;
            this.convergence = new Convergence(session.settings().patience());
        }

        public Optional<StopReason> reason() {
            Optional<StopReason> stop = session.stopReason();
            if (stop.isPresent()) {
                return stop;
            }
            if (convergence.converged(session.ranked(), session::fitness)) {
                return Optional.of(StopReason.converged(session.settings().patience()));
            }
            return Optional.empty();
        }
    }

    /** Failed, dropped (raced out before the last validation task) or evaluated. */
    public static NodeState state(SearchSession session, Candidate c) {
        if (c.failed()) {
            return NodeState.FAILED;
        }
        return c.validation().n() < session.evaluations().tasks("val").size() ? NodeState.DROPPED : NodeState.EVALUATED;
    }

    /** Archive nodes of a strategy that keeps no tree of its own: each design under its first parent's node. */
    static final class Nodes {
        private final SearchSession session;
        private final Map<Long, Long> byDesign = new HashMap<>();

        Nodes(SearchSession session) {
            this.session = session;
        }

        void add(Candidate c, Estimate estimate) {
            List<Long> parents = c.parents();
            Long parentNode = parents.isEmpty() ? null : byDesign.get(parents.get(0));
            long id = session.archive().searchNodes().add(session.runId(), c.designId(), parentNode,
                    estimate == null ? null : estimate.value(), estimate == null ? null : estimate.confidence(),
                    c.failed() ? c.failure() : estimate == null ? null : estimate.critique(), state(session, c));
            session.archive().searchNodes().update(id, 1, session.fitness(c), session.fitness(c), state(session, c));
            byDesign.putIfAbsent(c.designId(), id);
        }
    }
}
