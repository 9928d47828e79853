package dev.metaforge.model;

import dev.metaforge.model.http.Prices;
import dev.metaforge.model.openai.OpenAiSettings;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
        return resolve(spec, seed, simLatency, System.getenv(), ModelCatalog.fromEnvironment(System.getenv(), Path.of("")));
    }

    /** Resolves {@code spec} with keys from {@code environment} and per-model settings from {@code catalog}. */
    public static LanguageModel resolve(String spec, long seed, Duration simLatency, Map<String, String> environment,
                                        ModelCatalog catalog) {
        if (spec.equals("sim")) {
            return new SimModel(seed, simLatency);
        }
        Optional<ModelCatalog.Entry> entry = catalog.entry(spec);
        if (spec.startsWith("openai:") && spec.length() > "openai:".length()) {
            String model = entry.map(ModelCatalog.Entry::model).orElse(spec.substring("openai:".length()));
            OpenAiSettings s = OpenAiSettings.fromEnvironment(model, withEntry(environment, entry, "OPENAI"));
            if (entry.isPresent()) {
                s = s.with(entry.get());
            }
            return new dev.metaforge.model.openai.OpenAiModel(s);
        }
        if (spec.startsWith("anthropic:") && spec.length() > "anthropic:".length()) {
            String model = entry.map(ModelCatalog.Entry::model).orElse(spec.substring("anthropic:".length()));
            return dev.metaforge.model.anthropic.AnthropicModel.fromEnvironment(model,
                    withEntry(environment, entry, "ANTHROPIC"),
                    Prices.DEFAULT.with(model, entry.map(ModelCatalog.Entry::price).orElse(null)));
        }
        throw new UnknownModelException("unknown model '" + spec + "'; known models: " + KNOWN);
    }

    /** The environment as a provider reads it, with the catalog entry's base URL and key variable in force. */
    private static Map<String, String> withEntry(Map<String, String> environment, Optional<ModelCatalog.Entry> entry,
                                                 String prefix) {
        if (entry.isEmpty()) {
            return environment;
        }
        Map<String, String> env = new HashMap<>(environment);
        ModelCatalog.Entry e = entry.get();
        if (e.baseUrl() != null) {
            env.put(prefix + "_BASE_URL", e.baseUrl());
        }
        if (e.keyVariable() != null) {
            env.put(prefix + "_API_KEY", environment.getOrDefault(e.keyVariable(), ""));
        }
        return env;
    }

    /** A model name nothing here can resolve. */
    public static final class UnknownModelException extends IllegalArgumentException {
        public UnknownModelException(String message) {
            super(message);
        }
    }
}
