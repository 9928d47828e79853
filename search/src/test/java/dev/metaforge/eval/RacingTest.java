package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RacingTest {
    @Test
    void aClearlyWorseDesignIsDroppedEarlyAndTheWinnerMatchesAFullEvaluation() throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(Path.of("../samples/bench/arith.jsonl"));
        Scorer scorer = new NumericScorer(1e-6);
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).seed(42).build();
             Evaluator evaluator = new Evaluator(scorer, 8, 2_000, 42)) {
            Agent weak = engine.compile(Path.of("../samples/agents/cot.agent.groovy"));
            Agent strong = engine.compile(Path.of("../samples/designs/principled-vote-debate.agent.groovy"));
            List<Racing.Entrant> race = new Racing(evaluator, scorer, 20, 2_000, 42).race(List.of(weak, strong), tasks);
            assertThat(race.get(0).dropped()).isTrue();
            assertThat(race.get(0).droppedAfter()).isLessThanOrEqualTo(50);
            assertThat(race.get(1).dropped()).isFalse();
            double full = evaluator.evaluate(strong, tasks, (done, score, calls) -> { }).mean();
            double fullWeak = evaluator.evaluate(weak, tasks, (done, score, calls) -> { }).mean();
            assertThat(full).isGreaterThan(fullWeak);
            long spent = race.stream().mapToLong(e -> e.report().calls()).sum();
            assertThat(spent).isLessThan(race.stream().mapToLong(e -> e.fullCalls(tasks.size())).sum());
        }
    }
}
