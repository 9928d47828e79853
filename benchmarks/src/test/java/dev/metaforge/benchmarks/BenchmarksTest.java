package dev.metaforge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark measures what it says: the code under it gives the right result, and a
 * minimal JMH run (in this JVM, one short iteration each, so no figure here means anything)
 * reports a score for every benchmark and parameter.
 */
class BenchmarksTest {
    @Test
    void theBenchmarkedCodeDoesItsWork() throws Exception {
        ReplyParsingBenchmark replies = new ReplyParsingBenchmark();
        assertThat(replies.json()).containsEntry("answer", "19");
        assertThat(replies.messy()).containsEntry("answer", "19").containsEntry("thinking", "Start with 12, buy 7 more: 19.");
        assertThat(new PromptBuildingBenchmark().askWithTwoFields().fields()).containsOnlyKeys("thinking", "answer");
        SandboxBenchmark sandbox = new SandboxBenchmark();
        sandbox.compiler();
        assertThat(sandbox.compileAndVerifyANewScript().agentName()).isEqualTo("Bench 0");
        assertThat(sandbox.compileAndVerifyANewScript().agentName()).isEqualTo("Bench 1");
        assertThat(sandbox.cacheHit()).isSameAs(sandbox.cacheHit());
        BootstrapBenchmark bootstrap = new BootstrapBenchmark();
        bootstrap.tasks = 3000;
        bootstrap.scores();
        double[] interval = bootstrap.interval95();
        assertThat(interval[0]).isLessThan(interval[1]).isBetween(0.7, 0.9);
    }

    @Test
    void aMinimalRunReportsEveryBenchmark() throws Exception {
        Options options = new OptionsBuilder().include("dev\\.metaforge\\.benchmarks\\..*Benchmark\\..*").forks(0)
                .warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(20))
                .timeUnit(TimeUnit.MICROSECONDS).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String params = r.getParams().getParamsKeys().stream().map(k -> k + "=" + r.getParams().getParam(k))
                    .reduce("", (a, b) -> a + " " + b);
            scores.put(r.getParams().getBenchmark().replace("dev.metaforge.benchmarks.", "") + params,
                    r.getPrimaryResult().getScore());
        }
        assertThat(scores).containsOnlyKeys("BootstrapBenchmark.interval95 tasks=100",
                "BootstrapBenchmark.interval95 tasks=3000", "PromptBuildingBenchmark.askWithTwoFields",
                "ReplyParsingBenchmark.json", "ReplyParsingBenchmark.messy", "SandboxBenchmark.cacheHit",
                "SandboxBenchmark.compileAndVerifyANewScript");
        assertThat(scores.values()).allMatch(score -> score > 0);
    }
}
