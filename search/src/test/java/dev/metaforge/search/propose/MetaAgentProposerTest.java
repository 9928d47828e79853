package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Origin;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.sim.SimModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The meta-agent's loop against scripted replies: design, two reflexions, debug rounds, duplicates, unreadable replies. */
class MetaAgentProposerTest {
    private static final AgentEngine ENGINE = AgentEngine.builder().model(new SimModel(1)).build();
    private static final String GOOD = "agent('Vote') {\n    solve { task ->\n        def r = parallel(3) { i -> "
            + "ask(task.question, temperature: 0.8, fields: [thinking: 'Think.', answer: 'The number.']) }\n"
            + "        majority(r*.answer)\n    }\n}\n";
    private static final String BROKEN = GOOD.replace("majority(", "majorty(");
    private static final DesignCheck COMPILES = source -> {
        try {
            ENGINE.compile(source, "proposal.agent.groovy");
            return Optional.empty();
        } catch (CompilationFailed e) {
            return Optional.of(e.getMessage());
        }
    };

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private static String reply(String name, String code) {
        return "Here is my design.\n{\"thought\": \"vote over samples\", \"name\": \"" + name + "\"}\n```groovy\n" + code
                + "```\n";
    }

    private static ProposalContext context() {
        ArchivedDesign parent = new ArchivedDesign(7, 1, "Chain-of-Thought", "agent('CoT') { solve { task -> "
                + "ask(task.question).answer } }", 0.7, 0.6, 0.8, 100);
        return ProposalContext.builder(parent).domain("arithmetic").examples(List.of("Mia has 12 apples."))
                .failures(List.of(new FailedTask("Leo has 3 pens. He buys 2 more. How many?", "6", null)))
                .critique("A single sample.").seed(11).build();
    }

    @Test
    void aGoodDesignPassesTwoReflexionsAndIsKept() {
        ScriptedModel model = new ScriptedModel(reply("Vote", GOOD), reply("Vote", GOOD), reply("Vote 2", GOOD));
        Proposal p = new MetaAgentProposer(model, COMPILES, 0.8).propose(context());
        assertThat(p.failed()).isFalse();
        assertThat(p.name()).isEqualTo("Vote 2");
        assertThat(p.source()).isEqualTo(GOOD);
        assertThat(p.origin()).isEqualTo(Origin.META_AGENT);
        assertThat(p.parents()).containsExactly(7L);
        assertThat(p.calls()).isEqualTo(3);
        assertThat(p.cost()).isEqualTo(0.003, org.assertj.core.data.Offset.offset(1e-12));
        String first = model.prompts.get(0).text();
        assertThat(first).contains("## Domain\narithmetic").contains("majority(values)").contains("Design 1: Chain-of-Thought")
                .contains("answered: 6").contains("A single sample.").contains("## Your task: design");
        assertThat(model.prompts.get(1).text()).contains("Reflection 1 of 2").contains(GOOD.strip());
        assertThat(model.prompts.get(2).text()).contains("Reflection 2 of 2");
        assertThat(model.prompts).allSatisfy(pr -> assertThat(pr.fields().keySet()).containsExactly("thought", "name",
                "code"));
    }

    @Test
    void eachDraftIsHandedToTheCheckBeforeTheReflexionOnItIsAsked() {
        String better = GOOD.replace("parallel(3)", "parallel(5)");
        ScriptedModel model = new ScriptedModel(reply("Vote", GOOD), reply("Vote 5", better), reply("Vote 5", better));
        List<String> events = new java.util.ArrayList<>();
        DesignCheck recording = new DesignCheck() {
            @Override
            public Optional<String> problem(String source) {
                events.add("check " + source.contains("parallel(5)") + " after " + model.prompts.size() + " calls");
                return COMPILES.problem(source);
            }

            @Override
            public void prepare(String source) {
                events.add("prepare " + source.contains("parallel(5)") + " after " + model.prompts.size() + " calls");
            }
        };
        Proposal p = new MetaAgentProposer(model, recording, 0.8).propose(context());
        assertThat(p.source()).isEqualTo(better);
        assertThat(events).containsExactly("prepare false after 1 calls", "prepare true after 2 calls",
                "check true after 3 calls");
    }

    @Test
    void aBrokenDesignIsDebuggedWithTheCompilersErrorAndTheBrokenVersionIsKept() {
        ScriptedModel model = new ScriptedModel(reply("Vote", BROKEN), reply("Vote", BROKEN), reply("Vote", BROKEN),
                reply("Vote", GOOD));
        Proposal p = new MetaAgentProposer(model, COMPILES, 0.8).propose(context());
        assertThat(p.failed()).isFalse();
        assertThat(p.source()).isEqualTo(GOOD);
        assertThat(p.failedAttempts()).hasSize(1);
        assertThat(p.failedAttempts().get(0).source()).isEqualTo(BROKEN);
        assertThat(p.failedAttempts().get(0).reason()).contains("proposal.agent.groovy:").contains("did you mean majority?");
        String fix = model.prompts.get(3).text();
        assertThat(fix).contains("## Your task: fix").contains("## Error").contains("did you mean majority?")
                .contains("majorty(");
    }

    @Test
    void aDesignStillBrokenAfterThreeDebugRoundsIsReturnedAsFailedWithEveryVersion() {
        String[] replies = new String[6];
        java.util.Arrays.fill(replies, reply("Vote", BROKEN));
        Proposal p = new MetaAgentProposer(new ScriptedModel(replies), COMPILES, 0.8).propose(context());
        assertThat(p.failed()).isTrue();
        assertThat(p.failure()).contains("did you mean majority?").contains("after 3 debug rounds");
        assertThat(p.failedAttempts()).hasSize(MetaAgentProposer.DEBUG_ROUNDS);
        assertThat(p.calls()).isEqualTo(6);
    }

    @Test
    void aHostileProposalIsRefusedByTheSandboxNeverRunAndKeptWithTheRefusal() throws Exception {
        java.nio.file.Path marker = java.nio.file.Files.createTempFile("metaforge", ".marker");
        java.nio.file.Files.delete(marker);
        String hostile = "agent('Helpful') {\n    solve { task ->\n        new File('" + marker + "').text = 'owned'\n"
                + "        Runtime.getRuntime().exec('touch " + marker + "')\n        ask(task.question).answer\n    }\n}\n";
        String[] replies = new String[6];
        java.util.Arrays.fill(replies, reply("Helpful", hostile));
        Proposal p = new MetaAgentProposer(new ScriptedModel(replies), COMPILES, 0.8).propose(context());
        assertThat(p.failed()).isTrue();
        assertThat(p.failure()).contains("proposal.agent.groovy:").contains("[forbidden]").contains("is not available");
        assertThat(p.failedAttempts()).hasSize(MetaAgentProposer.DEBUG_ROUNDS)
                .allSatisfy(a -> assertThat(a.source()).contains("new File("));
        assertThat(marker).doesNotExist();
    }

    @Test
    void aCopyOfAKnownDesignIsADuplicate() {
        ProposalContext c = ProposalContext.builder(context().parent()).known(GOOD::equals).build();
        Proposal p = new MetaAgentProposer(new ScriptedModel(reply("Vote", GOOD), reply("Vote", GOOD),
                reply("Vote", GOOD)), COMPILES, 0.8).propose(c);
        assertThat(p.duplicate()).isTrue();
    }

    @Test
    void unreadableRepliesAreRecordedAndTheDesignIsAskedForAgain() {
        ScriptedModel model = new ScriptedModel("I'm sorry, I can't help with that.", "{\"thought\": \"x\", \"name\": ",
                reply("Vote", GOOD), reply("Vote", GOOD), reply("Vote", GOOD));
        Proposal p = new MetaAgentProposer(model, COMPILES, 0.8).propose(context());
        assertThat(p.failed()).isFalse();
        assertThat(p.source()).isEqualTo(GOOD);
        assertThat(p.failedAttempts()).hasSize(2);
        assertThat(p.failedAttempts()).allSatisfy(a -> assertThat(a.reason()).startsWith("the meta-agent's reply could "
                + "not be used"));
        assertThat(model.prompts.get(1).text()).contains("## Your task: design");
    }

    @Test
    void nothingButUnreadableRepliesEndsInAFailureWithItsReason() {
        String[] pages = new String[4];
        java.util.Arrays.fill(pages, "<html><title>502 Bad Gateway</title></html>");
        ScriptedModel model = new ScriptedModel(pages);
        Proposal p = new MetaAgentProposer(model, COMPILES, 0.8).propose(context());
        assertThat(model.prompts).hasSize(4);
        assertThat(p.failedAttempts()).hasSize(3);
        assertThat(p.failed()).isTrue();
        assertThat(p.failure()).contains("HTML").contains("debug rounds");
        assertThat(p.source()).startsWith("// the meta-agent's reply could not be used");
    }
}
