package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.Origin;
import dev.metaforge.archive.TaskRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge bench archive}: write and listing speed of the archive, and its size on disk. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Measure archive writes (task results per second), a cold `archive list` over many designs,",
                "and the size on disk of an archive of designs with traces. Works in a temporary directory."})
final class ArchiveBenchCommand implements Callable<Integer> {
    private static final String TRACE = "[{\"kind\":\"ask\",\"branch\":\"/0\",\"prompt\":\"Mia has 12 apples. She buys 7 "
            + "more. How many apples does Mia have now?\",\"role\":\"helpful assistant\",\"reply\":{\"thinking\":\"Start "
            + "with 12. Step 1: 12 + 7 = 19. So the answer is 19.\",\"answer\":\"19\"},\"model\":\"sim\",\"temperature\":"
            + "0.8,\"promptTokens\":42,\"completionTokens\":22,\"micros\":35,\"simulated\":true}]";

    @Spec
    CommandSpec spec;

    @Option(names = "--results", defaultValue = "100000", description = "Task results to write (default: ${DEFAULT-VALUE}).")
    int results;

    @Option(names = "--designs", defaultValue = "10000", description = "Designs for the listing and size figures "
            + "(default: ${DEFAULT-VALUE}).")
    int designs;

    @Option(names = "--cold-runs", defaultValue = "5", description = "New JVMs to time the cold listing in; the median "
            + "is shown (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (TempDirectory dir = new TempDirectory("metaforge-bench")) {
            String writes = dir.resolve("writes").toString();
            try (Archive archive = Archive.open(writes)) {
                long design = archive.designs().add(NewDesign.builder("Bench", "agent('Bench') { solve { t -> 1 } }").build());
                int perEvaluation = 1_000;
                long start = System.nanoTime();
                for (int written = 0; written < results; written += perEvaluation) {
                    archive.evaluations().save(evaluation(design, perEvaluation));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("%,d task results in %,d evaluations: %.1f s, %,.0f rows/s (target >= 5,000 rows/s)%n",
                        results, results / perEvaluation, seconds, results / seconds);
            }
            String many = dir.resolve("many").toString();
            try (Archive archive = Archive.open(many)) {
                for (int i = 0; i < designs; i++) {
                    long id = archive.designs().add(NewDesign.builder("Design " + i, "agent('Design " + i + "') {\n"
                            + "    solve { task -> ask(task.question, temperature: 0." + (i % 9) + ").answer }\n}\n")
                            .origin(Origin.META_AGENT).parent(Math.max(1, i / 2)).build());
                    archive.evaluations().save(evaluation(id, 5));
                }
            }
            out.printf("archive of %,d designs, each with an evaluation of 5 traced tasks: %.1f MB on disk%n", designs,
                    Files.size(dir.resolve("many.mv.db")) / 1e6);
            System.gc();
            awaitQuietCompiler(); // this JVM's background compilation would share the cores with the timed one
            long[] cold = new long[Math.max(1, coldRuns)];
            for (int i = 0; i < cold.length; i++) {
                cold[i] = coldList(many);
            }
            Arrays.sort(cold);
            out.printf("cold `metaforge archive list` over %,d designs (new JVM to output, as the launcher starts it%s): median %d ms "
                    + "(target <= 1000 ms)%n", designs, sharedClasses().isEmpty() ? "" : ", with class data sharing",
                    cold[cold.length / 2]);
        }
        return 0;
    }

    private static NewEvaluation evaluation(long design, int tasks) {
        List<TaskRecord> rows = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            rows.add(new TaskRecord("t" + t, "19", t % 4 != 0, t % 4 != 0 ? 1 : 0, null, null, TRACE, 1, 64, 0, 1));
        }
        return new NewEvaluation(design, null, "arith", "val", "0".repeat(64), "sim", true, 42, 0.75, 0.7, 0.8, tasks,
                64L * tasks, 0, Map.of(), rows);
    }

    /** Returns once the JIT has compiled nothing for 300 ms, or after 3 s. */
    private static void awaitQuietCompiler() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(3_000);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long before = jit.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            long now = jit.getTotalCompilationTime();
            if (now == before) {
                return;
            }
            before = now;
        }
    }

    /** The JVM options the launcher gives {@code archive} commands: shared class data when recorded, quick compilation. */
    private static List<String> sharedClasses() {
        Path jsa = Path.of(System.getProperty("java.class.path")).toAbsolutePath().resolveSibling("metaforge.jsa");
        return Files.exists(jsa) ? List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1", "-Dpicocli.disable.closures=true")
                : List.of("-XX:TieredStopAtLevel=1", "-Dpicocli.disable.closures=true");
    }

    private static long coldList(String location) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(sharedClasses());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Metaforge.class.getName(), "archive",
                "--archive", location, "list"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("archive list did not finish cleanly");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
