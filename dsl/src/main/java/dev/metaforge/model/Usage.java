package dev.metaforge.model;

/** Tokens and money spent by one or more model calls. Cost is in US dollars. */
public record Usage(long promptTokens, long completionTokens, double cost) {
    public static final Usage NONE = new Usage(0, 0, 0.0);

    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    public Usage plus(Usage other) {
        return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                cost + other.cost);
    }
}
