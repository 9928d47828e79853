package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Origin;
import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.BlueprintRenderer;
import dev.metaforge.search.design.DesignOperator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorProposerTest {
    private static final DesignCheck FINE = s -> Optional.empty();
    private static final String COT = BlueprintRenderer.render(Blueprint.chainOfThought(), "CoT");

    private static ProposalContext context(long seed, ArchivedDesign... others) {
        return ProposalContext.builder(new ArchivedDesign(3, 1, "CoT", COT, 0.7, 0.6, 0.8, 100)).others(List.of(others))
                .seed(seed).build();
    }

    @Test
    void anEditGivesANewDesignWithItsParentAndReason() {
        Proposal p = new OperatorProposer(FINE).propose(context(1));
        assertThat(p.failed()).isFalse();
        assertThat(p.origin()).isEqualTo(Origin.OPERATOR);
        assertThat(p.parents()).startsWith(3L);
        assertThat(BlueprintReader.read(p.source())).isNotEqualTo(Blueprint.chainOfThought());
        assertThat(p.thought()).contains("starting from #3 CoT");
    }

    @Test
    void theSameSeedGivesTheSameProposalAndSeedsDiffer() {
        OperatorProposer proposer = new OperatorProposer(FINE);
        assertThat(proposer.propose(context(9)).source()).isEqualTo(proposer.propose(context(9)).source());
        Set<String> sources = new HashSet<>();
        for (long s = 0; s < 20; s++) {
            sources.add(proposer.propose(context(s)).source());
        }
        assertThat(sources.size()).isGreaterThan(4);
    }

    @Test
    void combiningTakesStagesFromASecondParent() {
        Blueprint rich = new Blueprint(true, true, "Math Professor", 5, 0.8, 0, 2, 3);
        ArchivedDesign other = new ArchivedDesign(5, 2, "Rich", BlueprintRenderer.render(rich, "Rich"), 0.9, 0.8, 1, 100);
        Proposal p = new OperatorProposer(FINE, List.of(DesignOperator.COMBINE)).propose(context(4, other));
        assertThat(p.parents()).containsExactly(3L, 5L);
        assertThat(p.thought()).contains("and #5 Rich");
    }

    @Test
    void knownDesignsAreSkippedAndWhenAllAreKnownItSaysDuplicate() {
        ProposalContext c = ProposalContext.builder(context(1).parent()).seed(1).known(s -> true).build();
        Proposal p = new OperatorProposer(FINE).propose(c);
        assertThat(p.duplicate()).isTrue();
        Set<String> seen = new HashSet<>();
        OperatorProposer proposer = new OperatorProposer(FINE, List.of(DesignOperator.ADD_CRITIC,
                DesignOperator.ADD_SAMPLING));
        Proposal first = proposer.propose(ProposalContext.builder(context(2).parent()).seed(2).known(seen::contains)
                .build());
        seen.add(first.source());
        Proposal second = proposer.propose(ProposalContext.builder(context(2).parent()).seed(2).known(seen::contains)
                .build());
        assertThat(second.failed()).isFalse();
        assertThat(second.source()).isNotEqualTo(first.source());
    }

    @Test
    void aCheckFailureIsReported() {
        Proposal p = new OperatorProposer(s -> Optional.of("x.agent.groovy:1:1 [type] nope")).propose(context(1));
        assertThat(p.failed()).isTrue();
        assertThat(p.failure()).isEqualTo("x.agent.groovy:1:1 [type] nope");
    }
}
