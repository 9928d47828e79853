package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {
    private static final List<GoldTask> TASKS;

    static {
        try {
            TASKS = JsonlTasks.read(Path.of("../samples/bench/arith.jsonl")).subList(0, 100);
        } catch (TaskFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EvaluationReport run(Budget budget, int concurrency) throws Exception {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1, Duration.ofMillis(2))).build();
             Evaluator evaluator = new Evaluator(new NumericScorer(1e-6), concurrency, 500, 1, budget)) {
            return evaluator.evaluate(engine.compile(Path.of("../samples/agents/cot-sc.agent.groovy")), TASKS, (done, score, calls) -> { });
        }
    }

    @Test
    void aCallBudgetStopsStartingTasksAndOverrunsByAtMostTheTasksInFlight() throws Exception {
        Budget budget = new Budget(100, 0, 0, Duration.ZERO);
        EvaluationReport report = run(budget, 4);
        assertThat(report.stoppedBy().kind()).isEqualTo(BudgetLimit.Kind.CALLS);
        assertThat(report.stoppedBy().describe()).startsWith("calls (");
        assertThat(report.n()).isBetween(20, 24);
        assertThat(budget.spentCalls()).isEqualTo(report.calls()).isBetween(100L, 100L + 4 * 5);
    }

    @Test
    void tokenAndTimeBudgetsStopToo() throws Exception {
        Budget tokens = new Budget(0, 5_000, 0, Duration.ZERO);
        assertThat(run(tokens, 1).stoppedBy().kind()).isEqualTo(BudgetLimit.Kind.TOKENS);
        assertThat(tokens.spentTokens()).isBetween(5_000L, 5_000L + 2_000);
        Budget time = new Budget(0, 0, 0, Duration.ofMillis(200));
        EvaluationReport timed = run(time, 1);
        assertThat(timed.stoppedBy().kind()).isEqualTo(BudgetLimit.Kind.TIME);
        assertThat(timed.n()).isLessThan(100);
    }

    @Test
    void aCostBudgetStopsOnWhatTheModelReportsSpending() throws Exception {
        LanguageModel priced = new LanguageModel() {
            private final SimModel sim = new SimModel(1);

            @Override
            public ModelReply complete(Prompt prompt) {
                ModelReply r = sim.complete(prompt);
                return new ModelReply(r.text(), r.fields(), new Usage(r.usage().promptTokens(),
                        r.usage().completionTokens(), 0.01), "priced", false);
            }

            @Override
            public String name() {
                return "priced";
            }
        };
        Budget budget = new Budget(0, 0, 0.50, Duration.ZERO);
        try (AgentEngine engine = AgentEngine.builder().model(priced).build();
             Evaluator evaluator = new Evaluator(new NumericScorer(1e-6), 1, 500, 1, budget)) {
            EvaluationReport report = evaluator.evaluate(engine.compile(Path.of("../samples/agents/cot-sc.agent.groovy")),
                    TASKS, (done, score, calls) -> { });
            assertThat(report.stoppedBy().describe()).startsWith("cost ($0.5").endsWith(" of $0.5000)");
            assertThat(report.n()).isBetween(10, 11);
            assertThat(report.cost()).isEqualTo(budget.spentCost()).isBetween(0.49, 0.56);
        }
    }

    @Test
    void anUnlimitedBudgetRunsEverything() throws Exception {
        EvaluationReport report = run(Budget.unlimited(), 8);
        assertThat(report.n()).isEqualTo(100);
        assertThat(report.stoppedBy()).isNull();
    }
}
