package dev.metaforge.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.eval.Answers;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.JsonlTasks;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.model.sim.WordProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SamplesTest {
    static final Path AGENTS = Path.of("agents");
    static final Path TASKS = Path.of("tasks/arith-sample.jsonl");

    static Stream<Path> agents() throws Exception {
        return Files.list(AGENTS).filter(p -> p.toString().endsWith(".agent.groovy")).sorted();
    }

    @Test
    void theSevenSeedAgentsAreThere() throws Exception {
        assertThat(agents().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cot.agent.groovy",
                "cot-sc.agent.groovy", "self-refine.agent.groovy", "debate.agent.groovy", "step-back.agent.groovy",
                "quality-diversity.agent.groovy", "role-assignment.agent.groovy");
    }

    @ParameterizedTest
    @MethodSource("agents")
    void eachSampleCompilesAndSolvesTheSampleTasksOnSim(Path script) throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(TASKS);
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).seed(42).build()) {
            Agent agent = engine.compile(script);
            assertThat(agent.description()).isNotBlank();
            int right = 0;
            for (GoldTask t : tasks) {
                TaskResult r = agent.solve(t.task());
                assertThat(r.ok()).as("%s on %s: %s", script, t.task().getId(), r.error()).isTrue();
                assertThat(r.trace()).allMatch(e -> !e.isCall() || e.simulated());
                right += Answers.matches(r.answer(), t.gold()) ? 1 : 0;
            }
            assertThat(right).as("%s answers most sample tasks right", script).isGreaterThanOrEqualTo(tasks.size() / 2);
        }
    }

    @Test
    void sampleTaskGoldAnswersAgreeWithTheirText() throws Exception {
        for (GoldTask t : JsonlTasks.read(TASKS)) {
            WordProblem p = WordProblem.find(t.task().getQuestion()).orElseThrow();
            assertThat(String.valueOf(p.answer())).as(t.task().getId()).isEqualTo(t.gold());
        }
    }

    @Test
    void embeddingExampleSolvesATask() throws Exception {
        TaskResult r = EmbeddingExample.solve(AGENTS.resolve("cot-sc.agent.groovy"),
                "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?");
        assertThat(r.ok()).isTrue();
        assertThat(r.answer()).isEqualTo("19");
        assertThat(r.calls()).isEqualTo(5);
    }
}
