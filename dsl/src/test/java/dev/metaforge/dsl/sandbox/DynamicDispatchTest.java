package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Calls left to run time (members and operators on values the type checker knows only as
 * Object) reach no more than statically checked ones: the receiver must be a plain value, the
 * result may not be a class or the script, a computed key reads only maps, and printing goes to
 * the task's trace, never to the host's output.
 */
class DynamicDispatchTest extends AttackHarness {

    @Test
    void untypedValuesWorkAsInPlainGroovy() throws Exception {
        TaskResult r = runAllowed(solve(
                "def counts = [:]",
                "['a', 'b', 'a'].each { w -> counts[w] = (counts[w] ?: 0) + 1 }",
                "def items = [[answer: ' 7 '], [answer: '8']]",
                "def total = items.collect { it.answer.trim() as int }.sum()",
                "def (x, y) = items",
                "\"${counts['a'] * 10} ${total} ${-counts['b']} ${x.answer.trim()} ${Math.round(counts['a'] / 3)}\""));
        assertThat(r.error()).isNull();
        assertThat(r.answer()).isEqualTo("20 15 -1 7 1");
    }

    @Test
    void printingGoesToTheTraceNotTheHost() throws Exception {
        PrintStream hostOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        TaskResult r;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            r = runAllowed(solve("println 'to the trace'", "print 'also'", "'done'"));
        } finally {
            System.setOut(hostOut);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.trace()).extracting(TraceEvent::prompt).contains("to the trace", "also");
    }

    @Test
    void theScriptItselfIsNoReceiverOfADynamicCall() throws Exception {
        TaskResult r = runAllowed(solve(
                "def c = { -> 1 }",
                "def holders = [c.thisObject]",
                "holders[0].agent('again') { }"));
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("cannot be used on the script itself");
    }

    @Test
    void aValueThatIsNotPlainIsNoReceiverOfADynamicCall() throws Exception {
        TaskResult r = runAllowed(solve(
                "def box = [:]",
                "box.mode = java.math.RoundingMode.HALF_UP",
                "box.mode.declaringClass"));
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("'.declaringClass' cannot be used on a value of type RoundingMode");
    }

    @Test
    void aComputedKeyReadsOnlyMaps() throws Exception {
        TaskResult r = runAllowed(solve(
                "def box = [:]",
                "box.t = task",
                "def key = 'cla' + 'ss'",
                "box.t[key]"));
        assertThat(r.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(r.error()).contains("cannot be used on a value of type Task");
        assertThat(compileExpectingRefusal(solve("def key = 'class'", "task[key]"), false).diagnostics().get(0)
                .message()).contains("only from a Map, and this is a Task");
        TaskResult map = runAllowed(solve("def m = [:]", "def key = 'cla' + 'ss'", "m[key] = 'just an entry'", "m[key]"));
        assertThat(map.answer()).isEqualTo("just an entry");
    }

    @Test
    void deniedNamesStayDeniedOnUntypedValues() {
        CompilationFailed failed = compileExpectingRefusal(withCanary(solve(
                "def xs = ['touch CANARY']",
                "xs[0].execute()")), true);
        assertLocated(failed, withCanary(solve("def xs = ['touch CANARY']", "xs[0].execute()")), BODY + 1);
        assertThat(failed.diagnostics().get(0).message()).contains("'execute' is not available");
    }

    @Test
    void aCoercionStillNeedsATypeWrittenInTheScript() {
        String source = solve("def path = 'CANARY'", "(path as File).text");
        CompilationFailed failed = compileExpectingRefusal(withCanary(source), true);
        assertThat(failed.diagnostics().get(0).message()).contains("'File' is not available");
    }

    @Test
    void aCastMakesNoTaskOrReplyOutOfAListOrAMap() throws Exception {
        TaskResult forged = runAllowed(solve(
                "def box = [:]",
                "box.p = ['forged', 'q', [:], []]",
                "Task t = (Task) box.p",
                "t.id"));
        assertThat(forged.failure()).isEqualTo(FailureKind.RUNTIME);
        assertThat(forged.error()).contains("a Task comes only from the engine, not from a value of type ArrayList");
        TaskResult real = runAllowed(solve(
                "def box = [:]",
                "box.r = ask(task.question)",
                "Reply r = box.r",
                "r.answer"));
        assertThat(real.error()).isNull();
    }
}
