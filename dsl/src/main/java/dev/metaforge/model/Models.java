package dev.metaforge.model;

import dev.metaforge.model.sim.SimModel;
import java.time.Duration;

/** Turns a model name from the command line or a script ({@code sim}, …) into a provider. */
public final class Models {
    /** The names this build can resolve, for error messages. */
    public static final String KNOWN = "sim, openai:MODEL (OPENAI_API_KEY, OPENAI_BASE_URL), "
            + "anthropic:MODEL (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL)";

    private Models() {
    }

    /**
     * Resolves {@code spec}. {@code simLatency} is an artificial delay per {@code sim} call, for
     * benchmarks; it is ignored by real providers.
     */
    public static LanguageModel resolve(String spec, long seed, Duration simLatency) {
        if (spec.equals("sim")) {
            return new SimModel(seed, simLatency);
        }
        if (spec.startsWith("openai:") && spec.length() > "openai:".length()) {
            return new dev.metaforge.model.openai.OpenAiModel(dev.metaforge.model.openai.OpenAiSettings.fromEnvironment(
                    spec.substring("openai:".length()), System.getenv()));
        }
        if (spec.startsWith("anthropic:") && spec.length() > "anthropic:".length()) {
            return dev.metaforge.model.anthropic.AnthropicModel.fromEnvironment(spec.substring("anthropic:".length()),
                    System.getenv());
        }
        throw new UnknownModelException("unknown model '" + spec + "'; known models: " + KNOWN);
    }

    /** A model name nothing here can resolve. */
    public static final class UnknownModelException extends IllegalArgumentException {
        public UnknownModelException(String message) {
            super(message);
        }
    }
}
