package dev.metaforge.search.propose;

import dev.metaforge.archive.Origin;
import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.BlueprintRenderer;
import dev.metaforge.search.design.DesignOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Proposes by structural edits, without a model: reads the parent's building blocks, applies
 * one {@link DesignOperator} chosen with the context's seed (a second parent from the archive
 * selection for {@code COMBINE}), and renders the result. Edits that change nothing or give a
 * design the run already has are skipped in favour of another, up to {@value #TRIES} tries.
 */
public final class OperatorProposer implements Proposer {
    private static final int TRIES = 12;
    private final DesignCheck check;
    private final List<DesignOperator> operators;

    public OperatorProposer(DesignCheck check) {
        this(check, List.of(DesignOperator.values()));
    }

    public OperatorProposer(DesignCheck check, List<DesignOperator> operators) {
        this.check = check;
        this.operators = List.copyOf(operators);
    }

    @Override
    public String name() {
        return "operators";
    }

    @Override
    public Proposal propose(ProposalContext context) {
        SplittableRandom rng = new SplittableRandom(context.seed());
        Blueprint parent = BlueprintReader.read(context.parent().source());
        String last = null;
        for (int i = 0; i < TRIES; i++) {
            DesignOperator op = operators.get(rng.nextInt(operators.size()));
            ArchivedDesign other = null;
            if (op == DesignOperator.COMBINE) {
                List<ArchivedDesign> candidates = context.others().stream()
                        .filter(d -> d.id() != context.parent().id()).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                other = candidates.get(rng.nextInt(candidates.size()));
            }
            Blueprint child = op.apply(parent, other == null ? null : BlueprintReader.read(other.source()), rng);
            if (child.equals(parent)) {
                continue;
            }
            String source = BlueprintRenderer.render(child, child.title());
            if (context.known().test(source)) {
                last = source;
                continue;
            }
            List<Long> parents = new ArrayList<>(List.of(context.parent().id()));
            if (other != null) {
                parents.add(other.id());
            }
            String thought = op.description() + ", starting from #" + context.parent().id() + " "
                    + context.parent().name() + (other == null ? "" : " and #" + other.id() + " " + other.name());
            Optional<String> problem = check.problem(source);
            return new Proposal(child.title(), thought, source, Origin.OPERATOR, parents, problem.orElse(null),
                    List.of(), 0, 0, 0, false);
        }
        return new Proposal("no new edit", "every edit tried gave a design the run already has", last == null
                ? context.parent().source() : last, Origin.OPERATOR, List.of(context.parent().id()),
                "duplicate: no edit of #" + context.parent().id() + " gave a new design", List.of(), 0, 0, 0, true);
    }
}
