package dev.metaforge.dsl.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TraceEvent;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.sim.SimModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProcessIsolationTest {
    private static final String QUESTION = "Max has 5 toys. He quadruples them. He donates 8. He ends up with 3 times "
            + "as many. He splits them equally into 4 boxes and keeps one box. Then he gets 13 more. How many toys does Max have now?";
    private static final String SELF_CONSISTENCY = "agent('SC') {\n  solve { task ->\n"
            + "    def replies = parallel(7) { i -> ask(task.question, temperature: 0.9, fields: [thinking: 'T', answer: 'A']) }\n"
            + "    log 'voting'\n    majority(replies*.answer)\n  }\n}\n";
    private static final RunLimits LIMITS = RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(3));

    private static AgentEngine isolated;

    @BeforeAll
    static void start() {
        isolated = AgentEngine.builder().model(new SimModel(5)).seed(5).limits(LIMITS).isolateInProcesses(2)
                .workerJvmOptions(List.of("-Xmx96m", "-XX:+UseSerialGC")).build();
    }

    @AfterAll
    static void stop() {
        isolated.close();
    }

    @Test
    void aWorkerProcessGivesTheSameResultAndTraceAsTheEngineItself() throws Exception {
        TaskResult remote = isolated.compile(SELF_CONSISTENCY, "sc.groovy").solve(QUESTION);
        TaskResult local;
        try (AgentEngine inProcess = AgentEngine.builder().model(new SimModel(5)).seed(5).limits(LIMITS).build()) {
            local = inProcess.compile(SELF_CONSISTENCY, "sc.groovy").solve(QUESTION);
        }
        assertThat(remote.ok()).as(remote.error()).isTrue();
        assertThat(remote.answer()).isEqualTo(local.answer());
        assertThat(remote.calls()).isEqualTo(7);
        assertThat(remote.usage()).isEqualTo(local.usage());
        assertThat(remote.trace()).extracting(TraceEvent::branch, TraceEvent::reply)
                .containsExactlyInAnyOrderElementsOf(local.trace().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.branch(), e.reply())).toList());
    }

    @Test
    void aFreshWorkersStartUpAndCompilationDoNotCountAgainstTheTasksTimeLimit() throws Exception {
        RunLimits tight = RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(1_500));
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(5)).seed(5).limits(tight).isolateInProcesses(1)
                .workerJvmOptions(List.of("-Xmx96m", "-XX:+UseSerialGC", "-Xint")).build()) {
            long start = System.nanoTime();
            TaskResult r = engine.compile(SELF_CONSISTENCY, "sc.groovy").solve(QUESTION);
            long wall = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.ok()).as(r.error()).isTrue();
            assertThat(wall).as("an interpreted worker JVM starts and compiles for longer than the limit and its grace")
                    .isGreaterThan(tight.timePerTask().plus(ProcessWorker.GRACE).toMillis());
            assertThat(r.millis()).isLessThan(wall);
        }
    }

    @Test
    void codeStuckInsideTheLibraryCostsOnlyItsWorker() throws Exception {
        Agent stuck = isolated.compile("agent('Stuck') { solve { task -> (1L..4_000_000_000L).sum() } }", "s.groovy");
        TaskResult r = stuck.solve("q");
        assertThat(r.failure()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(r.millis()).isLessThan(LIMITS.timePerTask().plus(ProcessWorker.GRACE).toMillis() + 3_000);
        TaskResult after = isolated.compile(SELF_CONSISTENCY, "sc.groovy").solve(QUESTION);
        assertThat(after.ok()).as(after.error()).isTrue();
    }

    @Test
    void aWorkerStoppedForOverrunningIsNeverGivenTheNextTask() throws Exception {
        RunLimits short_ = RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(300));
        try (AgentEngine one = AgentEngine.builder().model(new SimModel(5)).seed(5).limits(short_).isolateInProcesses(1)
                .workerJvmOptions(List.of("-Xmx96m", "-XX:+UseSerialGC")).build()) {
            Agent stuck = one.compile("agent('Stuck') { solve { task -> (1L..4_000_000_000L).sum() } }", "s.groovy");
            Agent fine = one.compile(SELF_CONSISTENCY, "sc.groovy");
            for (int round = 0; round < 3; round++) {
                assertThat(stuck.solve("q").failure()).isEqualTo(FailureKind.TIMEOUT);
                TaskResult next = fine.solve(QUESTION);
                assertThat(next.ok()).as("round " + round + ": " + next.error()).isTrue();
            }
        }
    }

    @Test
    void exhaustingMemoryCostsOnlyItsWorker() throws Exception {
        Agent hog = isolated.compile("agent('Hog') { solve { task -> def all = []\n"
                + "  (1..1_000).each { i -> all << ('x' * 10_000_000) }\n  all.size() } }", "h.groovy");
        TaskResult r = hog.solve("q");
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isIn(FailureKind.RUNTIME, FailureKind.SANDBOX);
        assertThat(r.error()).containsAnyOf("out of memory", "worker process");
        assertThat(isolated.compile(SELF_CONSISTENCY, "sc.groovy").solve(QUESTION).ok()).isTrue();
    }

    @Test
    void modelErrorsTravelBackAsModelFailures() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LanguageModel broken = new LanguageModel() {
            @Override
            public ModelReply complete(Prompt prompt) {
                calls.incrementAndGet();
                throw new ModelException("HTTP 401: check OPENAI_API_KEY", false);
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        try (AgentEngine engine = AgentEngine.builder().model(broken).limits(LIMITS).isolateInProcesses(1).build()) {
            TaskResult r = engine.compile("agent('A') { solve { task -> ask(task.question).answer } }", "a.groovy")
                    .solve("q");
            assertThat(r.failure()).isEqualTo(FailureKind.MODEL);
            assertThat(r.error()).contains("HTTP 401: check OPENAI_API_KEY");
            assertThat(calls).hasValue(1);
        }
    }
}
