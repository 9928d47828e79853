package dev.metaforge.model;

/**
 * Tokens and money spent by one or more model calls. Cost is in US dollars. Cached tokens are the
 * part of the prompt the provider served from its prompt cache (billed at a lower price);
 * reasoning tokens are the part of the completion spent on hidden reasoning.
 */
public record Usage(long promptTokens, long completionTokens, long cachedTokens, long reasoningTokens, double cost) {
    public static final Usage NONE = new Usage(0, 0, 0.0);

    public Usage(long promptTokens, long completionTokens, double cost) {
        this(promptTokens, completionTokens, 0, 0, cost);
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    public Usage plus(Usage other) {
        return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                cachedTokens + other.cachedTokens, reasoningTokens + other.reasoningTokens, cost + other.cost);
    }

    /** The same tokens at no cost: what a replayed reply spends. */
    public Usage free() {
        return new Usage(promptTokens, completionTokens, cachedTokens, reasoningTokens, 0.0);
    }
}
