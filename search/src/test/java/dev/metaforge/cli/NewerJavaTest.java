package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Java 20 and later a thread cannot be stopped. A script stuck inside library code (a sum over
 * billions, which never reaches a checkpoint) still gives its task back at the time limit plus
 * the grace, says that this Java cannot stop it, and a worker process contains it. Runs the
 * command line on a Java 21+ from /usr/lib/jvm when the machine has one.
 */
class NewerJavaTest {
    private static final String STUCK = "agent('Stuck') {\n"
            + "    solve { task -> task.question == 'stuck' ? (1L..4_000_000_000L).sum() : 'fine' }\n}\n";

    @TempDir
    Path dir;

    static Optional<Path> newerJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java"))).filter(h -> feature(h) >= 21).findFirst();
        }
    }

    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private record Outcome(int code, String output, long millis) {
    }

    private Outcome run(Path java, String... args) throws Exception {
        Path script = dir.resolve("stuck.agent.groovy");
        Files.writeString(script, STUCK);
        List<String> command = new ArrayList<>(List.of(java.resolve("bin/java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.metaforge.cli.Metaforge", "run", script.toString(),
                "--time-limit", "1"));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), out, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aScriptStuckInLibraryCodeGivesItsTaskBackAndIsNamedSo() throws Exception {
        Optional<Path> java = newerJava();
        assumeTrue(java.isPresent(), "no Java 21+ under /usr/lib/jvm: the behaviour there is not checked");
        Outcome in = run(java.get(), "--task", "stuck");
        assertThat(in.code()).isEqualTo(1);
        assertThat(in.output()).contains("FAILED [TIMEOUT] time limit of 1000 ms reached").contains("cannot stop");
        // the JVM's start-up and the compilation come on top of the 1 s limit and 0.5 s grace
        assertThat(in.millis()).isLessThan(30_000);
        Path tasks = dir.resolve("tasks.jsonl");
        Files.writeString(tasks, "{\"id\": \"a\", \"question\": \"stuck\"}\n{\"id\": \"b\", \"question\": \"ok\"}\n");
        Outcome isolated = run(java.get(), "--tasks", tasks.toString(), "--isolate", "process", "--workers", "1");
        assertThat(isolated.code()).isEqualTo(1);
        // the worker that cannot stop its thread is replaced, and the next task runs on a fresh one
        assertThat(isolated.output()).contains("a        FAILED [TIMEOUT]").contains("b        fine");
        assertThat(isolated.millis()).isLessThan(90_000);
    }
}
