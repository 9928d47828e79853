package dev.metaforge.benchmarks;

import dev.metaforge.model.Prompt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Building the prompt of an {@code ask}: once per model call. */
@State(Scope.Benchmark)
public class PromptBuildingBenchmark {
    static final String QUESTION = "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?";

    @Benchmark
    public Prompt askWithTwoFields() {
        return Prompt.builder("Think step by step, then answer.\n\n" + QUESTION).role("careful solver")
                .field("thinking", "your reasoning").field("answer", "the final number").temperature(0.8).seed(42)
                .sample(3).build();
    }
}
