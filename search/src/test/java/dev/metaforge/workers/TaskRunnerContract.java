package dev.metaforge.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TaskRunner;
import dev.metaforge.model.sim.SimModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskRunner} promises: the result the engine would give in its own threads for
 * the same script, task and seed; a script's failure is a failed result, never an exception; the
 * task keeps its id; tasks may be run from many threads at once.
 */
abstract class TaskRunnerContract {
    private static final String VOTE = "agent('Vote') {\n  solve { task ->\n    majority(parallel(3) { i -> "
            + "ask(task.question, temperature: 0.8).answer })\n  }\n}\n";
    private static final RunLimits LIMITS = RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(20));
    private TaskRunner runner;

    /** A new runner whose tasks answer with the simulator at the task's seed. */
    protected abstract TaskRunner open() throws Exception;

    @BeforeEach
    void start() throws Exception {
        runner = open();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private static TaskResult inProcess(String source, Task task) throws Exception {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).seed(42).limits(LIMITS).build()) {
            return engine.compile(source, "vote.groovy").solve(task);
        }
    }

    @Test
    void givesTheResultTheEngineGivesInItsOwnThreads() throws Exception {
        Task task = Task.of("t7", "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?", java.util.Map.of(),
                List.of());
        TaskResult here = inProcess(VOTE, task);
        TaskResult there = runner.run(VOTE, "vote.groovy", task, 42, LIMITS, new SimModel(42));
        assertThat(there.taskId()).isEqualTo("t7");
        assertThat(there.ok()).as(String.valueOf(there.error())).isTrue();
        assertThat(there.answer()).isEqualTo(here.answer());
        assertThat(there.calls()).isEqualTo(here.calls());
        assertThat(there.usage()).isEqualTo(here.usage());
        assertThat(there.trace()).hasSameSizeAs(here.trace());
    }

    @Test
    void aScriptsFailureIsAFailedResult() {
        TaskResult r = runner.run("agent('Boom') {\n  solve { task -> throw new IllegalStateException('boom') }\n}\n",
                "boom.groovy", Task.of("x", "q", java.util.Map.of(), List.of()), 42, LIMITS, new SimModel(42));
        assertThat(r.taskId()).isEqualTo("x");
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("boom");
    }

    @Test
    void manyThreadsAtOnceEachGetTheirOwnTask() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<TaskResult>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Task task = Task.of("t" + i, "What is " + i + " + 1?", java.util.Map.of(), List.of());
                results.add(callers.submit(() -> runner.run(VOTE, "vote.groovy", task, 42, LIMITS, new SimModel(42))));
            }
            for (int i = 0; i < 16; i++) {
                TaskResult r = results.get(i).get();
                assertThat(r.taskId()).isEqualTo("t" + i);
                assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
