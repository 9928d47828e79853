package dev.metaforge.model;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of model the command line can name: {@code sim}, or a prefix such as {@code openai:}
 * followed by the model's name. {@link Models} holds the list; adding a provider is one line
 * there and one class that implements this.
 */
public interface Provider {
    /** The name as written before the model, e.g. {@code openai}; {@code sim} takes no model after it. */
    String name();

    /** What to write and which environment variables it reads, for help and errors. */
    String usage();

    /** Whether {@code spec} names this provider. */
    boolean accepts(String spec);

    /** The model {@code spec} names; {@code entry} is its catalog entry, if it has one. */
    LanguageModel open(String spec, long seed, Duration simLatency, Map<String, String> environment,
                       Optional<ModelCatalog.Entry> entry);
}
