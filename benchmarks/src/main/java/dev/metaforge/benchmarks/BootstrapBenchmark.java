package dev.metaforge.benchmarks;

import dev.metaforge.eval.Bootstrap;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The 95 % interval of an evaluation's mean: 10,000 resamples at the end of every evaluation. */
@State(Scope.Benchmark)
public class BootstrapBenchmark {
    @Param({"100", "3000"})
    public int tasks;

    private double[] scores;

    @Setup
    public void scores() {
        SplittableRandom random = new SplittableRandom(7);
        scores = new double[tasks];
        for (int i = 0; i < tasks; i++) {
            scores[i] = random.nextDouble() < 0.8 ? 1 : 0;
        }
    }

    @Benchmark
    public double[] interval95() {
        return Bootstrap.interval95(scores, Bootstrap.DEFAULT_RESAMPLES, 42);
    }
}
