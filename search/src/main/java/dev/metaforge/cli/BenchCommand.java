package dev.metaforge.cli;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge bench}: measures the language's compile and run costs and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ArchiveBenchCommand.class, EvalBenchCommand.class, ModelBenchCommand.class, SearchBenchCommand.class, UiBenchCommand.class}, description = {"Measure compile time, compile-cache hits, Metaspace after many compilations,",
        "engine overhead per ask on sim, and parallel(64) wall time with injected latency."},
        footer = {"", "Example:", "  METAFORGE_JAVA_OPTS=-XX:MaxMetaspaceSize=128m metaforge bench --compilations 10000"})
final class BenchCommand implements Callable<Integer> {
    private static final String SCRIPT = "agent('Bench %d') {\n  describe 'Self-consistency.'\n  solve { task ->\n"
            + "    def replies = parallel(5) { i -> ask(task.question, temperature: 0.8, fields: [thinking: 'T', answer: 'A']) }\n"
            + "    majority(replies*.answer)\n  }\n}\n";
    private static final String QUESTION = "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?";

    @Spec
    CommandSpec spec;

    @Option(names = "--compilations", defaultValue = "2000", description = "Distinct scripts to compile for the "
            + "Metaspace figure (default: ${DEFAULT-VALUE}).")
    int compilations;

    @Option(names = "--samples", defaultValue = "200", description = "Timed compilations (and as many to warm up) for "
            + "the compile figure (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--solves", defaultValue = "300", description = "Timed solves of a one-ask and a hundred-ask agent "
            + "(and as many to warm up) for the per-ask figure (default: ${DEFAULT-VALUE}).")
    int solves;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).compileCacheSize(64).build()) {
            for (int i = 0; i < samples; i++) {
                engine.compile(String.format(SCRIPT, -i - 1), "warm.groovy");
            }
            long[] compile = new long[samples];
            for (int i = 0; i < compile.length; i++) {
                long t = System.nanoTime();
                engine.compile(String.format(SCRIPT, i), "bench.groovy");
                compile[i] = System.nanoTime() - t;
            }
            long[] hits = new long[2000];
            String cached = String.format(SCRIPT, 0).replace("Bench 0", "Bench cached");
            engine.compile(cached, "bench.groovy");
            for (int i = 0; i < hits.length; i++) {
                long t = System.nanoTime();
                engine.compile(cached, "bench.groovy");
                hits[i] = System.nanoTime() - t;
            }
            out.printf("warm compile + verification: median %.2f ms (target <= 15 ms)%n", median(compile) / 1e6);
            out.printf("compile-cache hit: median %.4f ms (target <= 0.1 ms)%n", median(hits) / 1e6);

            Agent one = engine.compile("agent('One') { solve { task -> ask(task.question).answer } }", "one.groovy");
            Agent hundred = engine.compile("agent('Hundred') { solve { task -> (1..100).collect { ask(task.question).answer } } }",
                    "hundred.groovy");
            for (int i = 0; i < solves; i++) {
                one.solve(QUESTION);
                hundred.solve(QUESTION);
            }
            long[] perAsk = new long[Math.max(1, solves)];
            for (int i = 0; i < perAsk.length; i++) {
                // timed in nanoseconds around each call: a task's own millisecond figure is far too coarse here
                long t0 = System.nanoTime();
                one.solve(QUESTION);
                long t1 = System.nanoTime();
                TaskResult b = hundred.solve(QUESTION);
                long t2 = System.nanoTime();
                long simNanos = b.trace().stream().mapToLong(e -> e.micros()).sum() * 1_000;
                perAsk[i] = Math.max(0, (t2 - t1) - (t1 - t0) - simNanos) / 99;
            }
            out.printf("engine overhead per ask on sim (latency 0, simulator time excluded): median %.1f µs "
                    + "(target <= 50 µs)%n", median(perAsk) / 1e3);
        }
        try (AgentEngine slow = AgentEngine.builder().model(new SimModel(1, Duration.ofMillis(100))).build()) {
            Agent wide = slow.compile("agent('Wide') { solve { task -> parallel(64) { i -> ask(task.question, "
                    + "temperature: 0.8).answer }.size() } }", "wide.groovy");
            wide.solve(QUESTION);
            long[] wall = new long[5];
            for (int i = 0; i < wall.length; i++) {
                wall[i] = wide.solve(QUESTION).millis();
            }
            out.printf("parallel(64) asks with 100 ms latency: median wall %d ms = %.2f x 100 ms (target <= 1.2 x)%n",
                    median(wall), median(wall) / 100.0);
        }
        out.printf("%d distinct compilations: %s%n", compilations, metaspaceGrowth());
        return 0;
    }

    private String metaspaceGrowth() throws Exception {
        System.gc();
        long before = metaspaceUsed();
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).compileCacheSize(16).build()) {
            for (int i = 0; i < compilations; i++) {
                engine.compile(String.format(SCRIPT, 1_000_000 + i), "many.groovy");
            }
        }
        System.gc();
        Thread.sleep(200);
        System.gc();
        long after = metaspaceUsed();
        return String.format("Metaspace used %.1f MB -> %.1f MB after GC, growth %.1f MB (target <= 32 MB)",
                before / 1e6, after / 1e6, (after - before) / 1e6);
    }

    private static long metaspaceUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
