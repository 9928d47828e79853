package dev.metaforge.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a model: the text, the role the model should play, the output fields wanted
 * (name to description) and the sampling parameters. {@code sample} distinguishes independent
 * samples of the same prompt so that repeated calls at temperature above zero differ but stay
 * reproducible. Built with {@link #builder(String)}.
 */
public final class Prompt {
    private final String text;
    private final String role;
    private final Map<String, String> fields;
    private final double temperature;
    private final int maxTokens;
    private final long seed;
    private final long sample;

    private Prompt(Builder b) {
        this.text = b.text;
        this.role = b.role;
        Map<String, String> asked = new LinkedHashMap<>(b.fields);
        if (asked.isEmpty()) {
            asked.put("answer", "The answer.");
        }
        this.fields = Collections.unmodifiableMap(asked);
        this.temperature = b.temperature;
        this.maxTokens = b.maxTokens;
        this.seed = b.seed;
        this.sample = b.sample;
    }

    /** "You are a critic." / "You are an agent designer.": the role as the first line of a system message. */
    public String systemLine() {
        String r = role().strip();
        boolean vowel = !r.isEmpty() && "aeiouAEIOU".indexOf(r.charAt(0)) >= 0;
        return "You are " + (vowel ? "an " : "a ") + r + ".";
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public Builder toBuilder() {
        Builder b = new Builder(text).role(role).temperature(temperature).maxTokens(maxTokens).seed(seed).sample(sample);
        b.fields.putAll(fields);
        return b;
    }

    public String text() {
        return text;
    }

    public String role() {
        return role;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public double temperature() {
        return temperature;
    }

    public int maxTokens() {
        return maxTokens;
    }

    public long seed() {
        return seed;
    }

    public long sample() {
        return sample;
    }

    @Override
    public String toString() {
        return "Prompt[role=" + role + ", temperature=" + temperature + ", fields=" + fields.keySet()
                + ", sample=" + sample + ", text=" + text + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final String text;
        private String role = "helpful assistant";
        private final Map<String, String> fields = new LinkedHashMap<>();
        private double temperature = 0.0;
        private int maxTokens = 1024;
        private long seed;
        private long sample;

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        public Builder role(String role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        public Builder field(String name, String description) {
            fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(description, "description"));
            return this;
        }

        public Builder fields(Map<String, String> all) {
            all.forEach(this::field);
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder sample(long sample) {
            this.sample = sample;
            return this;
        }

        public Prompt build() {
            if (temperature < 0 || temperature > 2 || Double.isNaN(temperature)) {
                throw new IllegalArgumentException("temperature must be between 0 and 2, was " + temperature);
            }
            if (maxTokens <= 0) {
                throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
            }
            return new Prompt(this);
        }
    }
}
