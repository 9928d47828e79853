package dev.metaforge.dsl;

import java.util.Set;

/** The words of the agent language, for checks, suggestions and generated references. */
public final class Vocabulary {
    /** Calls a script may make. */
    public static final Set<String> CALLS = Set.of("agent", "describe", "solve", "ask", "parallel", "majority",
            "team", "node", "edge", "calc", "log");
    /** Named options of {@code ask}. */
    public static final Set<String> ASK_OPTIONS = Set.of("fields", "role", "temperature", "model", "maxTokens");
    /** Properties of a task. */
    public static final Set<String> TASK_PROPERTIES = Set.of("id", "question", "inputs", "choices");

    private Vocabulary() {
    }
}
