package dev.metaforge.model;

import dev.metaforge.model.http.Prices;
import dev.metaforge.model.openai.OpenAiSettings;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a model name from the command line or a script ({@code sim}, {@code openai:gpt-4o-mini},
 * …) into a model, through the providers in {@link #PROVIDERS} — one line each.
 */
public final class Models {
    public static final List<Provider> PROVIDERS = List.of(new SimProvider(), new PrefixProvider("openai",
            "OPENAI_API_KEY, OPENAI_BASE_URL", Models::openAi), new PrefixProvider("anthropic",
            "ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL", Models::anthropic));

    /** The names this build can resolve, for error messages. */
    public static final String KNOWN = String.join(", ", PROVIDERS.stream().map(Provider::usage).toList());

    private Models() {
    }

    /**
     * Resolves {@code spec}. {@code simLatency} is an artificial delay per {@code sim} call, for
     * benchmarks; it is ignored by real providers.
     */
    public static LanguageModel resolve(String spec, long seed, Duration simLatency) {
        return resolve(spec, seed, simLatency, System.getenv());
    }

    /** Resolves {@code spec} with keys, base URLs and the model catalog's place from {@code environment}. */
    public static LanguageModel resolve(String spec, long seed, Duration simLatency, Map<String, String> environment) {
        return resolve(spec, seed, simLatency, environment, ModelCatalog.fromEnvironment(environment, Path.of("")));
    }

    /** Resolves {@code spec} with keys from {@code environment} and per-model settings from {@code catalog}. */
    public static LanguageModel resolve(String spec, long seed, Duration simLatency, Map<String, String> environment,
                                        ModelCatalog catalog) {
        Optional<ModelCatalog.Entry> entry = catalog.entry(spec);
        for (Provider p : PROVIDERS) {
            if (p.accepts(spec)) {
                return p.open(spec, seed, simLatency, environment, entry);
            }
        }
        throw new UnknownModelException("unknown model '" + spec + "'; known models: " + KNOWN);
    }

    private static LanguageModel openAi(String model, Map<String, String> environment, Optional<ModelCatalog.Entry> entry) {
        OpenAiSettings s = OpenAiSettings.fromEnvironment(entry.map(ModelCatalog.Entry::model).orElse(model),
                withEntry(environment, entry, "OPENAI"));
        return new dev.metaforge.model.openai.OpenAiModel(entry.isPresent() ? s.with(entry.get()) : s);
    }

    private static LanguageModel anthropic(String model, Map<String, String> environment,
                                           Optional<ModelCatalog.Entry> entry) {
        String name = entry.map(ModelCatalog.Entry::model).orElse(model);
        return dev.metaforge.model.anthropic.AnthropicModel.fromEnvironment(name, withEntry(environment, entry, "ANTHROPIC"),
                Prices.DEFAULT.with(name, entry.map(ModelCatalog.Entry::price).orElse(null)),
                entry.map(ModelCatalog.Entry::retries).orElse(4));
    }

    /** {@code sim}: the offline simulator. */
    private static final class SimProvider implements Provider {
        @Override
        public String name() {
            return "sim";
        }

        @Override
        public String usage() {
            return "sim";
        }

        @Override
        public boolean accepts(String spec) {
            return spec.equals("sim");
        }

        @Override
        public LanguageModel open(String spec, long seed, Duration simLatency, Map<String, String> environment,
                                  Optional<ModelCatalog.Entry> entry) {
            return new SimModel(seed, simLatency);
        }
    }

    /** {@code NAME:MODEL}: a provider reached over HTTP with keys from the environment. */
    private record PrefixProvider(String name, String variables, Opener opener) implements Provider {
        interface Opener {
            LanguageModel open(String model, Map<String, String> environment, Optional<ModelCatalog.Entry> entry);
        }

        @Override
        public String usage() {
            return name + ":MODEL (" + variables + ")";
        }

        @Override
        public boolean accepts(String spec) {
            return spec.startsWith(name + ":") && spec.length() > name.length() + 1;
        }

        @Override
        public LanguageModel open(String spec, long seed, Duration simLatency, Map<String, String> environment,
                                  Optional<ModelCatalog.Entry> entry) {
            return opener.open(spec.substring(name.length() + 1), environment, entry);
        }
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
        private static final long serialVersionUID = 1L;
        public UnknownModelException(String message) {
            super(message);
        }
    }
}
