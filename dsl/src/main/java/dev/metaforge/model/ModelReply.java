package dev.metaforge.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a model answered: the raw text, the requested fields parsed out of it, the usage and
 * whether the answer was simulated.
 */
public final class ModelReply {
    private final String text;
    private final Map<String, String> fields;
    private final Usage usage;
    private final String model;
    private final boolean simulated;
    private final String reasoning;

    public ModelReply(String text, Map<String, String> fields, Usage usage, String model, boolean simulated) {
        this(text, fields, usage, model, simulated, "");
    }

    /** A reply with the reasoning a model gave apart from its answer (e.g. {@code reasoning_content}). */
    public ModelReply(String text, Map<String, String> fields, Usage usage, String model, boolean simulated,
                      String reasoning) {
        this.reasoning = Objects.requireNonNull(reasoning, "reasoning");
        this.text = Objects.requireNonNull(text, "text");
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.usage = Objects.requireNonNull(usage, "usage");
        this.model = Objects.requireNonNull(model, "model");
        this.simulated = simulated;
    }

    public String text() {
        return text;
    }

    /** Field name to value, in the order the prompt requested them. */
    public Map<String, String> fields() {
        return fields;
    }

    public Usage usage() {
        return usage;
    }

    public String model() {
        return model;
    }

    public boolean simulated() {
        return simulated;
    }

    /** Reasoning the model returned separately from its answer; kept for the trace, never parsed. Empty if none. */
    public String reasoning() {
        return reasoning;
    }

    @Override
    public String toString() {
        return (simulated ? "[simulated] " : "") + fields;
    }
}
