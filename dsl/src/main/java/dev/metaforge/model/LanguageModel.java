package dev.metaforge.model;

/**
 * The one contract every model provider implements: a prompt in, a structured reply out.
 * Implementations must be safe to call from many threads at once.
 */
public interface LanguageModel {

    /** Answers one prompt; a provider that cannot answer throws {@link ModelException}. */
    ModelReply complete(Prompt prompt);

    /** A short identifier shown in traces and results, e.g. {@code sim} or {@code openai:gpt-4o-mini}. */
    String name();

    /** True when replies come from a simulator rather than a real model; results must say so. */
    default boolean simulated() {
        return false;
    }
}
