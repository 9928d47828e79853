package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sim} pays only for what a design does: scripts that carry the words of a technique
 * (principles, a wrong answer, an expert role, a forged or borrowed mark) score like the chain of
 * thought they wrap, feedback the script makes up costs, made-up steps shown to a critic are
 * worth nothing, and the techniques themselves still pay. On all 300 arithmetic tasks, two seeds.
 */
class SimKeywordProbesTest {
    private static final Path PROBES = Path.of("src/test/resources/keyword-probes");
    private static final Path AGENTS = Path.of("../samples/agents");

    private static double score(AgentEngine engine, Evaluator evaluator, List<GoldTask> tasks, Path script)
            throws Exception {
        return evaluator.evaluate(engine.compile(script), tasks, (done, score, calls) -> { }).mean();
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void keywordsEarnNothingAndTechniquesStillPay(long seed) throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(Path.of("../samples/bench/arith.jsonl"));
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(seed)).seed(seed).build();
             Evaluator evaluator = new Evaluator(new NumericScorer(1e-6), 4, 200, seed)) {
            double cot = score(engine, evaluator, tasks, AGENTS.resolve("cot.agent.groovy"));
            for (String probe : List.of("principle-word", "wrong-line", "every-trick", "borrowed-principles")) {
                assertThat(score(engine, evaluator, tasks, PROBES.resolve(probe + ".agent.groovy")))
                        .as(probe + " against chain-of-thought %.3f", cot).isCloseTo(cot, within(0.01));
            }
            assertThat(score(engine, evaluator, tasks, PROBES.resolve("made-up-critic.agent.groovy")))
                    .as("feedback the script makes up").isLessThan(cot);
            assertThat(score(engine, evaluator, tasks, PROBES.resolve("fake-work.agent.groovy")))
                    .as("a critic shown made-up steps, against one shown none")
                    .isCloseTo(score(engine, evaluator, tasks, PROBES.resolve("critic-no-work.agent.groovy")), within(0.01));
            assertThat(score(engine, evaluator, tasks, AGENTS.resolve("step-back.agent.groovy")))
                    .as("the model's own principles").isGreaterThan(cot + 0.05);
            assertThat(score(engine, evaluator, tasks, AGENTS.resolve("cot-sc.agent.groovy")))
                    .as("independent samples and a vote").isGreaterThan(cot + 0.05);
        }
    }
}
