package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final String SCRIPT = """
            agent('Picky') {
                solve { task ->
                    if (task.id == 'throws') { throw new IllegalStateException('no') }
                    if (task.id == 'spins') { while (true) { } }
                    if (task.id == 'model') { return ask(task.question, model: 'broken').answer }
                    task.id == 'right' ? '42' : '41'
                }
            }
            """;

    @Test
    void failingTasksCountAsWrongAndKeepTheirKind() throws Exception {
        LanguageModel broken = new LanguageModel() {
            @Override
            public ModelReply complete(Prompt prompt) {
                throw new ModelException("HTTP 500 after 3 tries", true);
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        List<GoldTask> tasks = List.of("right", "wrong", "throws", "spins", "model").stream()
                .map(id -> new GoldTask(Task.of(id, "q"), "42")).toList();
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1))
                .models(name -> name.equals("broken") ? broken : new SimModel(1))
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(500))).build();
             Evaluator evaluator = new Evaluator(new NumericScorer(1e-6), 4, 1_000, 1)) {
            EvaluationReport report = evaluator.evaluate(engine.compile(SCRIPT, "picky.groovy"), tasks, (done, score, calls) -> { });
            assertThat(report.n()).isEqualTo(5);
            assertThat(report.mean()).isEqualTo(0.2);
            assertThat(report.failures()).containsEntry("RUNTIME", 1).containsEntry("TIMEOUT", 1).containsEntry("MODEL", 1);
            assertThat(report.tasks().get(4).result().failure()).isEqualTo(FailureKind.MODEL);
            assertThat(report.tasks().get(4).result().error()).contains("HTTP 500 after 3 tries");
        }
    }

    @Test
    void resultsDoNotDependOnConcurrency() throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(Path.of("../samples/bench/arith.jsonl")).subList(0, 60);
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(3)).seed(3).build();
             Evaluator one = new Evaluator(new NumericScorer(1e-6), 1, 2_000, 3);
             Evaluator eight = new Evaluator(new NumericScorer(1e-6), 8, 2_000, 3)) {
            Agent agent = engine.compile(Path.of("../samples/agents/cot-sc.agent.groovy"));
            EvaluationReport a = one.evaluate(agent, tasks, (done, score, calls) -> { });
            EvaluationReport b = eight.evaluate(agent, tasks, (done, score, calls) -> { });
            assertThat(b.mean()).isEqualTo(a.mean());
            assertThat(b.ciLow()).isEqualTo(a.ciLow());
            assertThat(b.tasks()).extracting(t -> t.result().answer())
                    .containsExactlyElementsOf(a.tasks().stream().map(t -> t.result().answer()).toList());
            assertThat(a.calls()).isEqualTo(300);
        }
    }
}
