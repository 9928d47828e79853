package dev.metaforge.search.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Blueprints render to scripts that compile in the sandbox and run, and read back exactly. */
class BlueprintTest {
    private static final String QUESTION = "Mia has 12 apples. She buys 7 more. She doubles them. How many apples "
            + "does Mia have now?";

    static List<Blueprint> variety() {
        SplittableRandom rng = new SplittableRandom(3);
        List<Blueprint> out = new ArrayList<>(List.of(Blueprint.chainOfThought()));
        Blueprint b = Blueprint.chainOfThought();
        for (int i = 0; i < 40; i++) {
            DesignOperator op = DesignOperator.values()[rng.nextInt(DesignOperator.values().length)];
            b = op.apply(b, out.get(rng.nextInt(out.size())), rng);
            out.add(b);
        }
        out.add(b.toBuilder().reasoning(false).criticRounds(2).build());
        return out;
    }

    @Test
    void everyRenderedBlueprintCompilesRunsAndReadsBack() {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build()) {
            for (Blueprint b : variety()) {
                String source = BlueprintRenderer.render(b, b.title());
                assertThat(BlueprintReader.read(source)).as(source).isEqualTo(b);
                Agent agent = assertCompiles(engine, source);
                TaskResult r = agent.solve(QUESTION);
                assertThat(r.ok()).as("%s%n%s", source, r.error()).isTrue();
                assertThat(r.answerText()).matches("-?\\d+");
                assertThat(r.calls()).isBetween(1, b.maxCalls());
                assertThat(agent.description()).isEqualTo(b.summary());
            }
        }
    }

    private static Agent assertCompiles(AgentEngine engine, String source) {
        try {
            return engine.compile(source, "bp.agent.groovy");
        } catch (Exception e) {
            throw new AssertionError(source + "\n" + e.getMessage(), e);
        }
    }

    @Test
    void readsTheBuildingBlocksOfTheHandWrittenSeeds() throws Exception {
        Path agents = Path.of("../samples/agents");
        Blueprint cotSc = BlueprintReader.read(Files.readString(agents.resolve("cot-sc.agent.groovy")));
        assertThat(cotSc.samples()).isEqualTo(5);
        assertThat(cotSc.temperature()).isEqualTo(0.8);
        assertThat(cotSc.reasoning()).isTrue();
        assertThat(cotSc.criticRounds()).isZero();
        Blueprint refine = BlueprintReader.read(Files.readString(agents.resolve("self-refine.agent.groovy")));
        assertThat(refine.criticRounds()).isEqualTo(5);
        assertThat(refine.samples()).isEqualTo(1);
        assertThat(BlueprintReader.read(Files.readString(agents.resolve("step-back.agent.groovy"))).principles()).isTrue();
        Blueprint debate = BlueprintReader.read(Files.readString(agents.resolve("debate.agent.groovy")));
        assertThat(debate.debateRounds()).isEqualTo(1);
        assertThat(debate.samples()).isEqualTo(3);
        assertThat(debate.role()).isEqualTo("Math Professor");
        Blueprint combined = BlueprintReader.read(Files.readString(Path.of(
                "../samples/designs/principled-vote-debate.agent.groovy")));
        assertThat(combined).isEqualTo(new Blueprint(true, true, "", 5, 1.0, 1, 0, 1));
    }

    @Test
    void valuesAreKeptInRangeAndTheFirstLineIsNotTrustedBlindly() {
        Blueprint wild = new Blueprint(true, false, "", 50, 7.3, -2, 99, 0);
        assertThat(wild.samples()).isEqualTo(Blueprint.MAX_SAMPLES);
        assertThat(wild.temperature()).isEqualTo(1.2);
        assertThat(wild.debateRounds()).isZero();
        assertThat(wild.criticRounds()).isEqualTo(Blueprint.MAX_CRITIC_ROUNDS);
        assertThat(wild.reviseSamples()).isEqualTo(1);
        String garbled = "// blueprint: reasoning=true samples=lots\nagent('x') { solve { task -> ask(task.question, "
                + "temperature: 0.3).answer } }";
        assertThat(BlueprintReader.exact(garbled)).isEmpty();
        assertThat(BlueprintReader.read(garbled).temperature()).isEqualTo(0.3);
    }

    @Test
    void aRoleWithQuotesCannotBreakOutOfItsString() {
        Blueprint b = Blueprint.chainOfThought().toBuilder().role("it's ' + System.exit(0) + '").build();
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build()) {
            Agent agent = assertCompiles(engine, BlueprintRenderer.render(b, "Name with 'quotes'"));
            assertThat(agent.name()).isEqualTo("Name with 'quotes'");
            assertThat(agent.solve(QUESTION).ok()).isTrue();
        }
    }

    @Test
    void aRoleKeepsOnlyLettersDigitsAndSpacesSoNoLineOrStringCanEnd() {
        Blueprint b = Blueprint.chainOfThought().toBuilder().role("Math\n}  System.exit(0)\r// x_y").build();
        assertThat(b.role()).isEqualTo("Math Systemexit0 xy");
        String source = BlueprintRenderer.render(b, "n");
        assertThat(source.lines().findFirst().orElseThrow()).startsWith("// blueprint: ").contains("Systemexit0");
        assertThat(BlueprintReader.read(source)).isEqualTo(b);
    }

    @Test
    void anUnreadableNumberInAScriptGivesAChainOfThoughtNotACrash() {
        assertThat(BlueprintReader.read("agent('x') { describe 'Sample at temperature: 0.7.' solve { task -> "
                + "parallel(99999999999) { i -> ask(task.question) } } }")).isEqualTo(Blueprint.chainOfThought());
    }

    @Test
    void operatorsChangeWhatTheyName() {
        SplittableRandom rng = new SplittableRandom(5);
        Blueprint cot = Blueprint.chainOfThought();
        assertThat(DesignOperator.ADD_SAMPLING.apply(cot, null, rng).samples()).isEqualTo(3);
        assertThat(DesignOperator.ADD_CRITIC.apply(cot, null, rng).criticRounds()).isEqualTo(1);
        assertThat(DesignOperator.ADD_STEP_BACK.apply(cot, null, rng).principles()).isTrue();
        assertThat(DesignOperator.ADD_DEBATE.apply(cot, null, rng).debateRounds()).isEqualTo(1);
        assertThat(DesignOperator.CHANGE_TEMPERATURE.apply(cot, null, rng).temperature()).isNotEqualTo(0.0);
        assertThat(DesignOperator.CHANGE_ROLE.apply(cot, null, rng).role()).isNotEmpty();
        Blueprint big = new Blueprint(true, true, "Math Professor", 5, 0.8, 1, 2, 3);
        assertThat(DesignOperator.SIMPLIFY.apply(big, null, rng).debateRounds()).isZero();
        Blueprint child = DesignOperator.COMBINE.apply(cot, big, new SplittableRandom(1));
        for (int i = 0; i < 8; i++) {
            assertThat(List.of(cot.samples(), big.samples())).contains(child.samples());
            child = DesignOperator.COMBINE.apply(cot, big, new SplittableRandom(i));
        }
    }
}
