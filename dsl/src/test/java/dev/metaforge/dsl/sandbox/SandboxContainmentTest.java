package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.TaskResult;
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
    // ---------------------------------------------------------------- contained at run time

    @Test
    @Order(1)
    void infiniteWhileLoopTimesOut() throws Exception {
        TaskResult r = runAllowed(solve("while (true) { }", "'never'"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
    }

    @Test
    @Order(2)
    void infiniteClosureLoopTimesOut() throws Exception {
        TaskResult r = runAllowed(solve("def n = 0", "(1..Integer.MAX_VALUE).each { n++ }", "n"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
    }

    @Test
    @Order(3)
    void catchingExceptionsDoesNotSwallowTheTimeLimit() throws Exception {
        TaskResult r = runAllowed(solve(
                "while (true) {",
                "    try { while (true) { } } catch (Exception e) { log('swallowed ' + e) }",
                "}"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
    }

    @Test
    @Order(4)
    void loopInFinallyBlockIsStillStopped() throws Exception {
        TaskResult r = runAllowed(solve(
                "try { while (true) { } } finally { while (true) { } }"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
    }

    @Test
    @Order(5)
    void parallelBranchesSpinningForeverTimeOut() throws Exception {
        TaskResult r = runAllowed(solve(
                "parallel(8) { i -> while (true) { }; i }"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
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
        TaskResult r = runAllowed(solve("(1L..400_000_000L).sum()"));
        assertFailsWithin(r, FailureKind.TIMEOUT, TIME_LIMIT.toMillis() + SLACK_MILLIS);
        assertScriptThreadsStopped();
        assertEngineStillWorks();
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
