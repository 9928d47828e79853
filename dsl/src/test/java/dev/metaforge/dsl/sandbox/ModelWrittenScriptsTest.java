package dev.metaforge.dsl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripts in the style language models write when asked for an agent (typed and untyped, with and
 * without def, GStrings, closures, maps as counters, coercions, collection idioms). Every
 * {@code accept-*} script asks nothing of the host: it must compile and run on {@code sim}
 * without a failure. Every {@code refuse-*} script asks the host for something (files, the
 * clock, the environment, processes, threads, reflection) and must be refused with exactly the
 * diagnostics in {@code refusals.txt}, which name the construct and what to write instead.
 */
class ModelWrittenScriptsTest {
    private static AgentEngine engine;

    @BeforeAll
    static void start() {
        engine = AgentEngine.builder().model(new SimModel(3)).seed(3)
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(20))).build();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(ModelWrittenScriptsTest.class.getResource("/model-written/refusals.txt").toURI()).getParent();
    }

    static Stream<String> accepted() throws IOException, URISyntaxException {
        return names("accept-").stream().filter(n -> !expectedRefusals().contains(n));
    }

    static List<String> names(String prefix) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    private static List<String> expectedRefusals() {
        try {
            return Files.readAllLines(corpus().resolve("refusals.txt")).stream()
                    .map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void scriptThatAsksNothingOfTheHostCompilesAndRuns(String name) throws Exception {
        Agent agent = engine.compile(Files.readString(corpus().resolve(name)), name);
        TaskResult result = agent.solve(Task.of("Mia has 12 apples. She buys 7 more. How many apples does Mia have now?"));
        assertThat(result.ok()).as("%s failed: %s %s", name, result.failure(), result.error()).isTrue();
        assertThat(result.answer()).isNotNull();
    }

    @Test
    void everyRefusalIsTheExpectedOne() throws Exception {
        List<String> got = new ArrayList<>();
        for (String name : expectedRefusals()) {
            try {
                engine.compile(Files.readString(corpus().resolve(name)), name);
                got.add(name + " compiled");
            } catch (CompilationFailed refused) {
                String source = Files.readString(corpus().resolve(name));
                refused.diagnostics().forEach(d -> AttackHarness.assertInScriptTerms(d, source));
                refused.diagnostics().forEach(d -> got.add(d.toString()));
            }
        }
        assertThat(got).containsExactlyElementsOf(
                Files.readAllLines(corpus().resolve("refusals.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void everyScriptThatAsksTheHostIsRefused() throws Exception {
        assertThat(expectedRefusals()).containsAll(names("refuse-"));
        assertThat(names("accept-")).hasSizeGreaterThanOrEqualTo(80);
    }

    /** The figure the README gives: of the scripts that ask nothing of the host, how many compile. */
    @Test
    void acceptanceFigure() throws Exception {
        long benign = names("accept-").size();
        long accepted = accepted().count();
        System.out.printf("model-written scripts: %d of %d that ask nothing of the host are accepted; "
                + "%d of %d that ask the host are refused%n", accepted, benign, names("refuse-").size(),
                names("refuse-").size());
        assertThat(accepted).isGreaterThanOrEqualTo(benign - 1);
    }
}
