package dev.metaforge.model;

import java.util.Optional;

/** Where cached model replies live (the archive's {@code llm_cache} table, for one). Thread-safe. */
public interface ResponseCache {
    Optional<ModelReply> get(String key);

    void put(String key, String model, String request, ModelReply reply);
}
