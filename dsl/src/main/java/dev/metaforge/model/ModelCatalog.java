package dev.metaforge.model;

import groovy.json.JsonException;
import groovy.json.JsonSlurper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-model settings from a JSON file, so that a solver on a local server and a meta-agent on a
 * hosted one can be used in one run: for each {@code --model} name, the model name the server
 * knows, its base URL, the environment variable holding its key, its price (USD per million
 * prompt, completion and, optionally, cached prompt tokens), and for OpenAI-compatible servers the reply format and the
 * token-limit parameter. The file is {@code $METAFORGE_MODELS}, else {@code .metaforge/models.json}
 * in the working directory when it exists.
 * <pre>{"openai:local": {"model": "llama3.1", "baseUrl": "http://localhost:11434/v1",
 *   "keyVariable": "OLLAMA_KEY", "price": [0, 0]}}</pre>
 */
public final class ModelCatalog {
    public static final ModelCatalog EMPTY = new ModelCatalog(Map.of(), "");
    private static final List<String> KEYS = List.of("model", "baseUrl", "keyVariable", "price", "replyFormat",
            "tokenParameter", "retries");
    /** More retries than this would wait for hours under the doubling back-off. */
    public static final int MAX_RETRIES = 10;
    private final Map<String, Entry> entries;
    private final String source;

    /**
     * One model's settings; a null field keeps the provider's default. {@code retries} is how many
     * times a call that failed for a reason worth retrying (no connection, 429, 5xx) is tried again.
     */
    public record Entry(String model, String baseUrl, String keyVariable, double[] price, String replyFormat,
                        String tokenParameter, Integer retries) {
    }

    private ModelCatalog(Map<String, Entry> entries, String source) {
        this.entries = Map.copyOf(entries);
        this.source = source;
    }

    /** The catalog named by {@code METAFORGE_MODELS}, else {@code .metaforge/models.json} under {@code dir}, else none. */
    public static ModelCatalog fromEnvironment(Map<String, String> environment, Path dir) {
        String named = environment.get("METAFORGE_MODELS");
        if (named != null && !named.isBlank()) {
            return load(Path.of(named));
        }
        Path local = dir.resolve(".metaforge/models.json");
        return Files.isRegularFile(local) ? load(local) : EMPTY;
    }

    /** Reads a catalog; a missing file or a malformed entry is a {@link ModelException} naming the file and the entry. */
    @SuppressWarnings("unchecked")
    public static ModelCatalog load(Path file) {
        Object parsed;
        try {
            parsed = new JsonSlurper().parseText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ModelException("cannot read the model catalog " + file + ": " + e.getMessage(), false, e);
        } catch (JsonException e) {
            throw new ModelException("the model catalog " + file + " is not valid JSON: " + e.getMessage(), false, e);
        }
        if (!(parsed instanceof Map<?, ?> top)) {
            throw new ModelException("the model catalog " + file + " must be a JSON object of model names", false);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> fields)) {
                throw bad(file, name, "its settings must be a JSON object");
            }
            for (Object key : fields.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    throw bad(file, name, "unknown setting '" + key + "'; known: " + String.join(", ", KEYS));
                }
            }
            entries.put(name, new Entry(text(fields.get("model")), text(fields.get("baseUrl")),
                    text(fields.get("keyVariable")), price(file, name, fields.get("price")),
                    text(fields.get("replyFormat")), text(fields.get("tokenParameter")),
                    retries(file, name, fields.get("retries"))));
        }
        return new ModelCatalog(entries, file.toString());
    }

    public Optional<Entry> entry(String spec) {
        return Optional.ofNullable(entries.get(spec));
    }

    /** The file it was read from, or "" for none. */
    public String source() {
        return source;
    }

    private static double[] price(Path file, String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && (list.size() == 2 || list.size() == 3)
                && list.stream().allMatch(v -> v instanceof Number n && n.doubleValue() >= 0)) {
            return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        throw bad(file, name, "price must be [prompt, completion] or [prompt, completion, cached prompt] in USD per "
                + "million tokens, e.g. [0.15, 0.60, 0.075]");
    }

    private static Integer retries(Path file, String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer n && n >= 0 && n <= MAX_RETRIES) {
            return n;
        }
        throw bad(file, name, "retries must be a whole number from 0 to " + MAX_RETRIES + ", e.g. 0 to fail at once");
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static ModelException bad(Path file, String name, String what) {
        return new ModelException("the model catalog " + file + ", entry \"" + name + "\": " + what, false);
    }
}
