package dev.metaforge.dsl.sandbox;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What every attack test shares: an engine with a short time limit, a canary file the attacks
 * try to create and a system property they try to set (both checked after every test), and the
 * helpers that compile, run and locate.
 */
abstract class AttackHarness {
    static final Set<DiagnosticCode> CODES = Set.of(DiagnosticCode.FORBIDDEN, DiagnosticCode.SANDBOX, DiagnosticCode.TYPE,
            DiagnosticCode.SYNTAX, DiagnosticCode.STRUCTURE, DiagnosticCode.OPTION);
    static final String PROPERTY = "metaforge.attack.pwned";
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** How long past the time limit a timed-out task may take to report. */
    static final long SLACK_MILLIS = 3_000;
    /** Line of the first statement of a {@link #solve} body. */
    static final int BODY = 4;

    static AgentEngine engine;

    @TempDir
    Path dir;
    Path canary;

    @BeforeAll
    static void startEngine() {
        engine = AgentEngine.builder().model(new SimModel(1)).limits(RunLimits.DEFAULT.withTimePerTask(TIME_LIMIT))
                .build();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void placeCanary() {
        canary = dir.resolve("canary");
        System.clearProperty(PROPERTY);
    }

    @AfterEach
    void nothingEscapedTheSandbox() {
        assertThat(canary).as("canary file written by an attack").doesNotExist();
        assertThat(System.getProperty(PROPERTY)).as("system property set by an attack").isNull();
    }

    // ---------------------------------------------------------------- helpers

    static Arguments attack(String name, int line, String script) {
        return arguments(name, line, script);
    }

    /** An agent whose solve block holds {@code body}, one statement a line from line {@link #BODY}. */
    static String solve(String... body) {
        return "agent('Attacker') {\n"
                + "    describe 'a hostile script'\n"
                + "    solve { task ->\n"
                + Arrays.stream(body).map(l -> "        " + l + "\n").collect(joining())
                + "    }\n"
                + "}\n";
    }

    String withCanary(String script) {
        return script.replace("CANARY", canary.toAbsolutePath().toString().replace('\\', '/'));
    }

    /** Compiles a script that must be refused; when it is not, optionally runs it to show what it does. */
    CompilationFailed compileExpectingRefusal(String source, boolean runIfCompiled) {
        Agent agent;
        try {
            agent = engine.compile(source, "attack.groovy");
        } catch (CompilationFailed refused) {
            return refused;
        }
        String outcome = "not run";
        if (runIfCompiled) {
            PrintStream hostOut = System.out;
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            TaskResult r;
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            try {
                r = agent.solve(Task.of("Mia has 12 apples. She buys 7 more. How many apples does she have?"));
                waitForCanary();
            } finally {
                System.setOut(hostOut);
            }
            outcome = "ok=" + r.ok() + ", failure=" + r.failure() + ", error=" + r.error() + ", answer=" + r.answer()
                    + ", canary created=" + Files.exists(canary) + ", host stdout="
                    + stdout.toString(StandardCharsets.UTF_8).strip();
        }
        return fail("the sandbox compiled a hostile script (%s):%n%s", outcome, source);
    }

    void waitForCanary() {
        long until = System.nanoTime() + 2_000_000_000L;
        while (!Files.exists(canary) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void assertLocated(CompilationFailed failed, String source, int line) {
        assertThat(failed.diagnostics()).isNotEmpty();
        Diagnostic first = failed.diagnostics().get(0);
        assertThat(first.file()).isEqualTo("attack.groovy");
        assertThat(first.line()).as("line of %s", first).isBetween(1, (int) source.lines().count())
                .isEqualTo(line);
        assertThat(first.column()).as("column of %s", first).isGreaterThanOrEqualTo(1);
        assertThat(first.code()).as("code of %s", first).isIn(CODES);
        assertThat(first.message()).isNotBlank();
        assertThat(first.toString()).startsWith("attack.groovy:" + first.line() + ":" + first.column() + " [");
        for (Diagnostic d : failed.diagnostics()) {
            assertInScriptTerms(d, source);
        }
    }

    /** Words of the JVM and the compiler that a refusal never shows; a script writer cannot act on them. */
    static final java.util.List<String> INTERNALS = java.util.List.of("IndyInterface", "invokeMethodN",
            "ScriptBytecodeAdapter", "org.codehaus", "vmplugin", "Agent_", "BUG!", "DefaultGroovyMethods",
            "BytecodeInterface8", "dgmimpl", "dev.metaforge", "$_run_closure", "groovy.lang.Script");

    /** No internal names, and the column stands on the construct, not on the indentation before it. */
    static void assertInScriptTerms(Diagnostic d, String source) {
        for (String internal : INTERNALS) {
            assertThat(d.message()).as("refusal in script terms").doesNotContain(internal);
        }
        String line = source.lines().toList().get(d.line() - 1);
        assertThat(d.column()).as("column of %s within its line", d).isLessThanOrEqualTo(Math.max(1, line.length()));
        if (!line.isBlank()) {
            assertThat(line.charAt(d.column() - 1)).as("character at the column of %s", d).isNotIn(' ', '\t');
        }
    }

    /** Compiles a script that uses only allowed constructs and runs it once. */
    TaskResult runAllowed(String script) throws CompilationFailed {
        Agent agent = engine.compile(withCanary(script), "attack.groovy");
        return agent.solve(Task.of("Mia has 12 apples. She buys 7 more. How many apples does she have?"));
    }

    static void assertFailsWithin(TaskResult r, FailureKind kind, long maxMillis) {
        assertThat(r.ok()).as("task should have failed: answer=%s", r.answer()).isFalse();
        assertThat(r.failure()).as("failure kind (error: %s)", r.error()).isEqualTo(kind);
        assertThat(r.error()).isNotBlank();
        assertThat(r.millis()).as("time to report the failure").isLessThan(maxMillis);
    }

    /** The engine and the JVM survived: a plain agent still compiles and answers. */
    static void assertEngineStillWorks() throws CompilationFailed {
        assertEngineStillWorks(engine);
    }

    static void assertEngineStillWorks(AgentEngine engine) throws CompilationFailed {
        Agent plain = engine.compile(solve("ask(task.question, fields: [answer: 'The number only.']).answer"),
                "plain.groovy");
        TaskResult r = plain.solve(Task.of("Mia has 12 apples. She buys 7 more. How many apples does she have?"));
        assertThat(r.ok()).as("plain agent after an attack: %s", r.error()).isTrue();
        assertThat(Runtime.getRuntime().availableProcessors()).isPositive();
    }

    /** No thread of the engine is still burning CPU for a task that has already been reported. */
    static void assertScriptThreadsStopped() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(1_000); // a thread stuck inside library code is stopped half a second after its task's report
        Map<Long, Long> before = engineThreadCpu(threads);
        Thread.sleep(500);
        Map<Long, Long> after = engineThreadCpu(threads);
        long spentMillis = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            spentMillis += (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1_000_000;
        }
        // a thread still spinning would use most of the half second, even on a busy machine
        assertThat(spentMillis).as("CPU ms used by engine threads in half a second after the task was reported")
                .isLessThan(150);
    }

    static Map<Long, Long> engineThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("metaforge-")) {
                long nanos = threads.getThreadCpuTime(t.getId());
                if (nanos >= 0) {
                    cpu.put(t.getId(), nanos);
                }
            }
        }
        return cpu;
    }
}
