package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintRenderer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Proposer} promises, run against each one by a subclass: it never throws — a
 * design it cannot make work comes back as a failed proposal with its reason, a design the run
 * already has as a duplicate — it builds on the parent it is given, and the same context gives
 * the same proposal.
 */
public abstract class ProposerContract {
    static final String COT = BlueprintRenderer.render(Blueprint.chainOfThought(), "CoT");
    private static final DesignCheck FINE = s -> Optional.empty();
    private static final DesignCheck REFUSES = s -> Optional.of("proposal.agent.groovy:1:1 [type] refused for the test");

    /** The proposer under test, checking its designs with {@code check}. */
    protected abstract Proposer proposer(DesignCheck check);

    static ProposalContext context(String parentSource, long seed) {
        return ProposalContext.builder(new ArchivedDesign(3, 1, "CoT", parentSource, 0.7, 0.6, 0.8, 100))
                .domain("arithmetic word problems").seed(seed).build();
    }

    @Test
    void aWorkingDesignBuildsOnItsParentAndTheSameContextGivesTheSameOne() {
        Proposal p = proposer(FINE).propose(context(COT, 1));
        assertThat(p.failed()).as(String.valueOf(p.failure())).isFalse();
        assertThat(p.parents()).contains(3L);
        assertThat(p.source()).isNotBlank().isNotEqualTo(COT);
        assertThat(p.name()).isNotBlank();
        assertThat(proposer(FINE).propose(context(COT, 1)).source()).isEqualTo(p.source());
    }

    @Test
    void aDesignThatNeverPassesItsCheckIsAFailedProposalWithTheReasonNotAnException() {
        Proposal p = proposer(REFUSES).propose(context(COT, 2));
        assertThat(p.failed()).isTrue();
        assertThat(p.duplicate()).isFalse();
        assertThat(p.failure()).contains("refused for the test");
    }

    @Test
    void whenEveryDesignIsKnownItSaysDuplicate() {
        ProposalContext known = ProposalContext.builder(context(COT, 3).parent()).seed(3).known(s -> true).build();
        Proposal p = proposer(FINE).propose(known);
        assertThat(p.duplicate()).isTrue();
        assertThat(p.failure()).isNotBlank();
    }

    @Test
    void aParentThatIsNotAScriptAtAllDoesNotMakeItThrow() {
        for (String parent : new String[] {"", "}}}{{", "\u001b[2J" + "x".repeat(50_000), "agent('x') { solve { t -> "}) {
            Proposal p = proposer(FINE).propose(context(parent, 4));
            assertThat(p.failed() ? p.failure() : p.source()).isNotBlank();
        }
    }
}
