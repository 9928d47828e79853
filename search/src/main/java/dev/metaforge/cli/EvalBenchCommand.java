package dev.metaforge.cli;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.eval.Bootstrap;
import dev.metaforge.eval.EvaluationReport;
import dev.metaforge.eval.Evaluator;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.JsonlTasks;
import dev.metaforge.eval.NumericScorer;
import dev.metaforge.model.sim.SimModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge bench eval}: bootstrap speed, and evaluation wall time against the ideal under latency. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the bootstrap, and CoT-SC on the arithmetic set with injected latency against the ideal.")
final class EvalBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tasks", defaultValue = "samples/bench/arith.jsonl", description = "Task file (default: ${DEFAULT-VALUE}).")
    Path tasksFile;

    @Option(names = "--agent", defaultValue = "samples/agents/cot-sc.agent.groovy", description = "Agent (default: ${DEFAULT-VALUE}).")
    Path agentFile;

    @Option(names = "--latency", defaultValue = "100", paramLabel = "MS", description = "Per sim call (default: ${DEFAULT-VALUE}).")
    long latency;

    @Option(names = "--concurrency", defaultValue = "32", description = "Tasks at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double[] scores = new double[800];
        SplittableRandom random = new SplittableRandom(1);
        Arrays.setAll(scores, i -> random.nextDouble() < 0.8 ? 1 : 0);
        for (int i = 0; i < 20; i++) {
            Bootstrap.interval95(scores, Bootstrap.DEFAULT_RESAMPLES, i);
        }
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            Bootstrap.interval95(scores, Bootstrap.DEFAULT_RESAMPLES, i);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        out.printf("bootstrap, 10,000 resamples at n = 800: median %.1f ms (target <= 50 ms)%n", times[10] / 1e6);

        List<GoldTask> tasks = JsonlTasks.read(tasksFile);
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42, Duration.ofMillis(latency))).seed(42).build();
             Evaluator evaluator = new Evaluator(new NumericScorer(1e-6), concurrency, Bootstrap.DEFAULT_RESAMPLES, 42)) {
            Agent agent = engine.compile(agentFile);
            EvaluationReport report = evaluator.evaluate(agent, tasks, (done, score, calls) -> { });
            double ideal = report.calls() * latency / 1000.0 / concurrency;
            out.printf("%s on %d tasks, %d ms latency, concurrency %d: %.1f s wall, ideal %.1f s (calls x latency / "
                            + "concurrency) = %.2f x (target <= 1.2 x); score %.1f%% (simulated)%n", agent.name(),
                    tasks.size(), latency, concurrency, report.millis() / 1000.0, ideal, report.millis() / 1000.0 / ideal,
                    100 * report.mean());
        }
        return 0;
    }
}
