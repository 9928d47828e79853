package dev.metaforge.cli;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.RateLimitedModel;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --rpm}, {@code --tpm} and {@code --max-concurrent-calls}: client-side limits on the model, off by default. */
final class RateLimitOptions {
    @Option(names = "--rpm", defaultValue = "0", description = "At most this many model requests per minute (0: no limit).")
    int requestsPerMinute;

    @Option(names = "--tpm", defaultValue = "0", description = "At most this many tokens per minute (0: no limit).")
    long tokensPerMinute;

    @Option(names = "--max-concurrent-calls", defaultValue = "0",
            description = "At most this many model calls in flight (0: no limit).")
    int concurrentCalls;

    LanguageModel apply(LanguageModel model) {
        if (requestsPerMinute <= 0 && tokensPerMinute <= 0 && concurrentCalls <= 0) {
            return model;
        }
        return new RateLimitedModel(model, requestsPerMinute, tokensPerMinute, concurrentCalls, Duration.ofMinutes(1));
    }
}
