package dev.metaforge.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.eval.Answers;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.JsonlTasks;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.model.sim.WordProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped arithmetic set is what its generator makes, and on it sim leaves room above every seed agent. */
class BenchmarkHeadroomTest {
    static final Path BENCH = Path.of("bench/arith.jsonl");

    @Test
    void shippedFileIsExactlyTheGeneratorsOutput() throws Exception {
        List<String> expected = ArithmeticTasks.generate(ArithmeticTasks.SEED, ArithmeticTasks.COUNT).stream()
                .map(ArithmeticTasks.Generated::json).toList();
        assertThat(Files.readAllLines(BENCH, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void goldAnswersAgreeWithWhatTheSimulatorReadsFromTheText() throws Exception {
        for (ArithmeticTasks.Generated t : ArithmeticTasks.generate(ArithmeticTasks.SEED, ArithmeticTasks.COUNT)) {
            WordProblem p = WordProblem.find(t.question()).orElseThrow(() -> new AssertionError(t.question()));
            assertThat(p.answer()).as(t.question()).isEqualTo(t.answer());
            assertThat(p.steps()).as(t.question()).isEqualTo(t.steps());
        }
    }

    @Test
    void combiningTechniquesBeatsEverySeedAgent() throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(BENCH);
        Map<String, Double> accuracy = new LinkedHashMap<>();
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).seed(42).build();
             var agents = Files.list(Path.of("agents"))) {
            for (Path script : agents.sorted().toList()) {
                accuracy.put(script.getFileName().toString(), accuracy(engine.compile(script), tasks));
            }
            double combined = accuracy(engine.compile(Path.of("designs/principled-vote-debate.agent.groovy")), tasks);
            double bestSeed = accuracy.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(accuracy.get("cot-sc.agent.groovy")).isGreaterThan(accuracy.get("cot.agent.groovy") + 0.04);
            assertThat(combined).as("combined vs seeds %s", accuracy).isGreaterThan(bestSeed + 0.03);
            assertThat(combined).isLessThan(1.0);
        }
    }

    private static double accuracy(Agent agent, List<GoldTask> tasks) {
        return tasks.parallelStream().filter(t -> Answers.matches(agent.solve(t.task()).answer(), t.gold())).count()
                / (double) tasks.size();
    }
}
