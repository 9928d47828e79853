package dev.metaforge.cli;

import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that calls a model: which one, its seed, limits, cache and archive. */
final class ModelOptions {
    @Option(names = "--model", defaultValue = "sim", description = "Model to call: sim (the offline simulator), "
            + "openai:MODEL or anthropic:MODEL (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for sampling and intervals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Wall time per task (default: ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Option(names = "--sim-latency", defaultValue = "0", paramLabel = "MS",
            description = "Delay added to each sim call, to imitate a real model (default: ${DEFAULT-VALUE}).")
    long simLatency;

    @Option(names = "--cache", paramLabel = "off|read|write|readwrite", description = "Replay and record model replies "
            + "in the archive (default: readwrite for real models, off for sim).")
    String cache;

    @Option(names = "--archive", paramLabel = "PATH|JDBC-URL", description = "The archive (default: $METAFORGE_ARCHIVE, "
            + "else .metaforge/archive).")
    String archive;

    @Mixin
    RateLimitOptions rateLimits;

    /** These options with another seed. */
    ModelOptions withSeed(long other) {
        ModelOptions copy = new ModelOptions();
        copy.model = model;
        copy.seed = other;
        copy.timeLimit = timeLimit;
        copy.simLatency = simLatency;
        copy.cache = cache;
        copy.archive = archive;
        copy.rateLimits = rateLimits;
        return copy;
    }

    /** These options with {@code sim} as the model, another seed and archive, no cache and no limits. */
    ModelOptions simulated(long seed, String archive) {
        ModelOptions copy = new ModelOptions();
        copy.model = "sim";
        copy.seed = seed;
        copy.timeLimit = timeLimit;
        copy.simLatency = 0;
        copy.cache = "off";
        copy.archive = archive;
        copy.rateLimits = new RateLimitOptions();
        return copy;
    }

    ModelChoice open() {
        return ModelChoice.open(model, seed, Duration.ofMillis(simLatency), cache, archive, rateLimits);
    }

    Duration timePerTask() {
        return Duration.ofMillis((long) (timeLimit * 1000));
    }
}
