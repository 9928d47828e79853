package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.BlueprintRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulated designer reads only the prompt, edits the parent, breaks scripts at its rate and mostly fixes them. */
class SimDesignerTest {
    private static final String COT = BlueprintRenderer.render(Blueprint.chainOfThought(), "CoT");

    private static ProposalContext context(long seed, String critique) {
        return ProposalContext.builder(new ArchivedDesign(3, 1, "CoT", COT, 0.7, 0.6, 0.8, 100)).critique(critique)
                .domain("arithmetic").seed(seed).build();
    }

    @Test
    void withoutBreakingEveryProposalCompilesAndDiffersFromTheParent() {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build()) {
            MetaAgentProposer proposer = new MetaAgentProposer(new SimDesigner(1, 0), s -> {
                try {
                    engine.compile(s, "p.agent.groovy");
                    return Optional.empty();
                } catch (CompilationFailed e) {
                    return Optional.of(e.getMessage());
                }
            }, 0.8);
            Set<Blueprint> seen = new HashSet<>();
            for (long seed = 0; seed < 12; seed++) {
                Proposal p = proposer.propose(context(seed, ""));
                assertThat(p.failed()).as(p.failure()).isFalse();
                assertThat(p.failedAttempts()).isEmpty();
                Blueprint b = BlueprintReader.read(p.source());
                assertThat(b).isNotEqualTo(Blueprint.chainOfThought());
                seen.add(b);
            }
            assertThat(seen.size()).isGreaterThan(4);
        }
    }

    @Test
    void atBreakRateOneTheFirstVersionIsBrokenAndTheDebugLoopRepairsMost() {
        int repaired = 0;
        int broken = 0;
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build()) {
            DesignCheck check = s -> {
                try {
                    engine.compile(s, "p.agent.groovy");
                    return s.contains("samples*.verdict") ? Optional.of("no field 'verdict'") : Optional.empty();
                } catch (CompilationFailed e) {
                    return Optional.of(e.getMessage());
                }
            };
            MetaAgentProposer proposer = new MetaAgentProposer(new SimDesigner(2, 1.0), check, 0.8);
            for (long seed = 0; seed < 20; seed++) {
                Proposal p = proposer.propose(context(seed, ""));
                broken += p.failedAttempts().isEmpty() ? 0 : 1;
                repaired += p.failed() ? 0 : 1;
            }
        }
        assertThat(broken).isEqualTo(20);
        assertThat(repaired).isBetween(14, 20);
    }

    @Test
    void itFollowsTheCritiqueMoreOftenThanChance() {
        MetaAgentProposer proposer = new MetaAgentProposer(new SimDesigner(3, 0), s -> Optional.empty(), 0.8);
        int withCritic = 0;
        for (long seed = 0; seed < 40; seed++) {
            Proposal p = proposer.propose(context(seed, "On 3 of the 4 tasks shown every sample gave the same wrong "
                    + "answer, which a vote cannot fix; have the voted answer checked and revised."));
            withCritic += BlueprintReader.read(p.source()).criticRounds() > 0 ? 1 : 0;
        }
        assertThat(withCritic).isGreaterThan(40 * 2 / 10 + 8);
    }

    private static ModelReply assess(long seed) {
        return new SimDesigner(seed, 0).complete(Prompt.builder(MetaPrompt.assess("arithmetic",
                        new ArchivedDesign(3, 1, "CoT", COT, 0.7, 0.6, 0.8, 100), List.of()))
                .field("critique", "c").field("score", "s").field("confidence", "c").build());
    }

    @Test
    void anAssessmentIsSeededMarkedSimulatedAndItsCritiqueIsOneTheDesignerActsOn() {
        ModelReply r = assess(4);
        assertThat(r.simulated()).isTrue();
        assertThat(assess(4).fields()).as("the same reviewer and prompt").isEqualTo(r.fields());
        Set<String> scores = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            scores.add(assess(seed).fields().get("score"));
        }
        assertThat(scores).as("reviewers with other seeds disagree, as noisy estimates do").hasSizeGreaterThan(3);
        assertThat(SimAssessment.suggestion(r.fields().get("critique"), Blueprint.chainOfThought())).isPresent();
    }

    @Test
    void aPromptWithoutARequestGetsNoCode() {
        ModelReply r = new SimDesigner(4, 0).complete(Prompt.builder("What is 2 + 2?").field("code", "c").build());
        assertThat(r.fields().get("code")).isEmpty();
    }
}
