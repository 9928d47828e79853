package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Constructs a script may legitimately write but must not be able to abuse: endless loops,
 * recursion, huge answers, endless model calls, runaway branches. Each must end as a failed task
 * of the right kind within a bounded time, with the engine's threads quiet and the engine still
 * working afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxContainmentTest extends AttackHarness {
    /** Scripts that never end meet a one-second limit: what is checked is that they stop, not when. */
    private static final long BURN_LIMIT_MILLIS = 1_000;
    private static AgentEngine burners;

    @BeforeAll
    static void startBurners() {
        burners = AgentEngine.builder().model(new SimModel(1))
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofMillis(BURN_LIMIT_MILLIS))).build();
    }

    @AfterAll
    static void stopBurners() {
        burners.close();
    }

    /** Runs a script that must time out on the one-second engine, and checks that it did, and that all is quiet after. */
    private void assertBurnsOut(String script) throws Exception {
        TaskResult r = burners.compile(withCanary(script), "attack.groovy")
                .solve(Task.of("Mia has 12 apples. She buys 7 more. How many apples does she have?"));
        assertFailsWithin(r, FailureKind.TIMEOUT, BURN_LIMIT_MILLIS + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks(burners);
    }
    // ---------------------------------------------------------------- contained at run time

    @Test
    @Order(1)
    void infiniteWhileLoopTimesOut() throws Exception {
        assertBurnsOut(solve("while (true) { }", "'never'"));
    }

    @Test
    @Order(2)
    void infiniteClosureLoopTimesOut() throws Exception {
        assertBurnsOut(solve("def n = 0", "(1..Integer.MAX_VALUE).each { n++ }", "n"));
    }

    @Test
    @Order(3)
    void catchingExceptionsDoesNotSwallowTheTimeLimit() throws Exception {
        assertBurnsOut(solve(
                "while (true) {",
                "    try { while (true) { } } catch (Exception e) { log('swallowed ' + e) }",
                "}"));
    }

    @Test
    @Order(4)
    void loopInFinallyBlockIsStillStopped() throws Exception {
        assertBurnsOut(solve(
                "try { while (true) { } } finally { while (true) { } }"));
    }

    @Test
    @Order(5)
    void parallelBranchesSpinningForeverTimeOut() throws Exception {
        assertBurnsOut(solve(
                "parallel(8) { i -> while (true) { }; i }"));
    }

    @Test
    @Order(6)
    void deepRecursionFailsAsRuntimeError() throws Exception {
        TaskResult r = runAllowed("int down(int n) { down(n + 1) + 1 }\n" + solve("down(0)"));
        assertFailsWithin(r, FailureKind.RUNTIME, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertThat(r.error()).contains("stack overflow");
        assertEngineStillWorks();
    }

    @Test
    @Order(7)
    void closureRecursionFailsAsRuntimeError() throws Exception {
        TaskResult r = runAllowed(solve(
                "Closure f",
                "f = { int n -> ((int) f.call(n + 1)) + 1 }",
                "f.call(0)"));
        assertFailsWithin(r, FailureKind.RUNTIME, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertThat(r.error()).contains("stack overflow");
        assertEngineStillWorks();
    }

    @Test
    @Order(8)
    void hugeAnswerHitsTheOutputLimit() throws Exception {
        TaskResult r = runAllowed(solve("'x' * 1_000_000"));
        assertFailsWithin(r, FailureKind.OUTPUT_LIMIT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertThat(r.answer()).isNull();
        assertEngineStillWorks();
    }

    @Test
    @Order(9)
    void hugeNestedAnswerIsRefused() throws Exception {
        TaskResult r = runAllowed(solve(
                "def v = []",
                "100.times { v = [v] }",
                "v"));
        assertFailsWithin(r, FailureKind.RUNTIME, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertThat(r.answer()).isNull();
        assertEngineStillWorks();
    }

    @Test
    @Order(10)
    void endlessModelCallsHitTheCallLimit() throws Exception {
        TaskResult r = runAllowed(solve("while (true) { ask(task.question) }"));
        assertFailsWithin(r, FailureKind.CALL_LIMIT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertEngineStillWorks();
    }

    @Test
    @Order(11)
    void thrownExceptionIsReportedNotPropagated() throws Exception {
        TaskResult r = runAllowed(solve("throw new IllegalStateException('boom CANARY')"));
        assertFailsWithin(r, FailureKind.RUNTIME, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertThat(r.error()).contains("boom");
        assertEngineStillWorks();
    }

    /**
     * A loop inside Groovy's own library code (here {@code sum()} over a long range) has no
     * checkpoint; after the time limit and a short grace the engine stops the task's threads.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void loopInsideLibraryCodeIsStoppedAfterTimeout() throws Exception {
        assertBurnsOut(solve("(1L..400_000_000L).sum()"));
    }

    @Test
    @Order(20)
    void aBranchLeftRunningBySiblingFailureIsStopped() throws Exception {
        TaskResult r = runAllowed(solve("parallel(2) { int i ->",
                "    if (i == 0) { throw new IllegalStateException('early failure') }",
                "    (1L..6_000_000_000L).sum()",
                "}"));
        assertFailsWithin(r, FailureKind.RUNTIME, TIME_LIMIT.toMillis());
        assertThat(r.error()).contains("early failure");
        assertScriptThreadsStopped();
        assertEngineStillWorks();
    }

    @Test
    @Order(21)
    void aFailedBranchDoesNotCancelTheTaskThatCaughtIt() throws Exception {
        TaskResult r = runAllowed(solve("Object result = 'none'",
                "try {",
                "    result = (Object) parallel(2) { int i ->",
                "        if (i == 0) { throw new IllegalStateException('branch 0 failed') }",
                "        int k = 0",
                "        while (true) { k++ }",
                "        'never'",
                "    }",
                "} catch (Exception e) {",
                "    result = 'recovered from: ' + e.message",
                "}",
                "int n = 0",
                "while (n < 2_000_000) { n++ }",
                "'' + result + ' / ' + ask(task.question).answer"));
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.answer()).isEqualTo("recovered from: branch 0 failed / 19");
    }

    @Test
    @Order(22)
    void hugeParallelIsRefusedBeforeAnythingIsAllocated() throws Exception {
        TaskResult r = runAllowed(solve("parallel(Integer.MAX_VALUE) { int i -> i }"));
        assertFailsWithin(r, FailureKind.RUNTIME, 1_000);
        assertThat(r.error()).contains("parallel(n) needs n between 0 and 256");
    }

    @Test
    @Order(23)
    void endlessOrSharedAnswersHitTheOutputLimitQuickly() throws Exception {
        assertFailsWithin(runAllowed(solve("1..Integer.MAX_VALUE")), FailureKind.OUTPUT_LIMIT, 1_000);
        assertFailsWithin(runAllowed(solve("def a = [1]", "27.times { a = [a, a] }", "a")), FailureKind.OUTPUT_LIMIT,
                1_000);
    }
}
