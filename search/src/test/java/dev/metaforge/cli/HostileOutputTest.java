package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TerminalText;
import dev.metaforge.model.sim.SimModel;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile scripts that attack what the engine sends out rather than what it lets in: escape
 * sequences and forged lines in answers, errors, names, descriptions, logs, prompts, roles and
 * team roles; answers, messages and numbers of millions of characters; values JSON cannot carry
 * across a worker's wire. Whatever they do, what reaches the terminal holds no raw control
 * character, stays under the output bound, {@code --json} stays valid JSON, and the command
 * returns within the time limit plus the stop grace.
 */
class HostileOutputTest {
    private static final Path CORPUS = Path.of("../dsl/src/test/resources/hostile-output");
    private static final String QUESTION = "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?";
    /** The output limit is 20,000 characters of answer; a trace and the lines around it stay well under this. */
    private static final int MAX_OUTPUT = 400_000;
    /** Scripts that burn their time stop at one second: the bound checked is that limit plus the stop grace. */
    private static final long MAX_MILLIS = 1_000 + 500 + 15_000;
    /** A worker's start-up and first compilation are bounded apart, at 60 s (see the README). */
    private static final long MAX_WORKER_MILLIS = MAX_MILLIS + 60_000;
    private static AgentEngine inProcess;
    private static AgentEngine workers;

    static Stream<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".agent.groovy")).sorted()
                    .toList().stream();
        }
    }

    static Stream<String> wireScripts() throws IOException {
        return scripts().filter(n -> n.startsWith("0") || n.startsWith("7") || n.contains("huge") || n.contains("escapes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void nothingRawOrUnboundedReachesTheTerminal(String name) throws Exception {
        String file = CORPUS.resolve(name).toString();
        assertContained(name, "check", CliTest.metaforge("check", file));
        assertContained(name, "run --trace", timed(() -> CliTest.metaforge("run", file, "--task", QUESTION,
                "--time-limit", "1", "--trace")));
        CliTest.Result json = timed(() -> CliTest.metaforge("run", file, "--task", QUESTION, "--time-limit", "1",
                "--trace", "--json"));
        assertContained(name, "run --json", json);
        if (!json.out().isBlank()) {
            new ObjectMapper().readTree(json.out());
        }
    }

    /**
     * Every wire script through one worker process (replaced when a script kills it), so that the
     * corpus costs one worker's start rather than one each: the worker's result is the in-process
     * result — the same answer carried exactly — or a failure that says why without Java internals.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wireScripts")
    void aWorkerProcessCarriesEveryValueOrSaysWhy(String name) throws Exception {
        Path file = CORPUS.resolve(name);
        TaskResult remote;
        TaskResult local;
        try {
            Agent isolated = workers.compile(file);
            remote = timedResult(() -> isolated.solve(QUESTION));
            local = remote.ok() ? inProcess.compile(file).solve(QUESTION) : null;
        } catch (CompilationFailed refused) {
            return; // a refusal never reaches a worker; its text is checked by the test above
        }
        String said = String.valueOf(remote.error());
        assertThat(said).as("%s: no Java internals", name).doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain("java.lang.");
        assertThat(said.length()).as("%s: reason size", name).isLessThan(MAX_OUTPUT);
        if (remote.ok()) {
            assertThat(local.ok()).as("%s: in process it also succeeds", name).isTrue();
            assertThat(remote.answer()).as("%s: the worker's answer is the in-process one", name).isEqualTo(local.answer());
        } else {
            assertThat(remote.error()).as("%s: a failure says why", name).isNotBlank();
        }
    }

    /** The command line's own worker path, end to end, for scripts whose values test the wire the hardest. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"72-wire-nonfinite-in-structures.agent.groovy", "78-wire-answer-control-chars.agent.groovy",
        "79-wire-nested-too-deep-plus-trace.agent.groovy"})
    void runIsolatedPrintsTheWorkersResultContained(String name) {
        String file = CORPUS.resolve(name).toString();
        CliTest.Result r = timed(MAX_WORKER_MILLIS, () -> CliTest.metaforge("run", file, "--task", QUESTION,
                "--time-limit", "1", "--isolate", "process", "--workers", "1"));
        assertContained(name, "run --isolate process", r);
        assertThat(r.out() + r.err()).as("%s: no Java internals", name).doesNotContain("\tat ")
                .doesNotContain("Exception in thread");
    }

    @BeforeAll
    static void engines() {
        // in process a script gets longer than in the worker, so that what finished there finishes here
        inProcess = AgentEngine.builder().model(new SimModel(42)).seed(42)
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(5))).build();
        workers = AgentEngine.builder().model(new SimModel(42)).seed(42)
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(1))).isolateInProcesses(1).build();
    }

    @AfterAll
    static void closeEngines() {
        inProcess.close();
        workers.close();
    }

    private static TaskResult timedResult(java.util.function.Supplier<TaskResult> work) {
        long start = System.nanoTime();
        TaskResult r = work.get();
        assertThat((System.nanoTime() - start) / 1_000_000).as("time to a result").isLessThan(MAX_WORKER_MILLIS);
        return r;
    }

    private static CliTest.Result timed(java.util.function.Supplier<CliTest.Result> command) {
        return timed(MAX_MILLIS, command);
    }

    private static CliTest.Result timed(long maxMillis, java.util.function.Supplier<CliTest.Result> command) {
        long start = System.nanoTime();
        CliTest.Result r = command.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("time to finish the command").isLessThan(maxMillis);
        return r;
    }

    static void assertContained(String name, String command, CliTest.Result r) {
        for (String text : List.of(r.out(), r.err())) {
            assertThat(text.length()).as("%s, %s: output size", name, command).isLessThan(MAX_OUTPUT);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (TerminalText.escaped(c, true)) {
                    int from = Math.max(0, i - 60);
                    throw new AssertionError(name + ", " + command + ": raw control character U+"
                            + String.format("%04X", (int) c) + " at " + i + " after: "
                            + TerminalText.inline(text.substring(from, i), 60));
                }
            }
        }
    }
}
