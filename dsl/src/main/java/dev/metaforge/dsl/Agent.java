package dev.metaforge.dsl;

import dev.metaforge.dsl.sandbox.CompiledScript;

/**
 * A compiled agent bound to the engine that runs it. Thread-safe: tasks may be solved
 * concurrently; each gets a fresh script instance.
 */
public final class Agent {
    private final AgentEngine engine;
    private final CompiledScript compiled;
    private final String source;
    private final String fileName;

    Agent(AgentEngine engine, CompiledScript compiled, String source, String fileName) {
        this.engine = engine;
        this.compiled = compiled;
        this.source = source;
        this.fileName = fileName;
    }

    public String name() {
        return compiled.agentName();
    }

    public String description() {
        return compiled.description();
    }

    public String source() {
        return source;
    }

    public String sourceHash() {
        return compiled.sourceHash();
    }

    /** Solves one task with the engine's model and seed. Never throws for a script failure: see {@link TaskResult}. */
    public TaskResult solve(Task task) {
        return engine.run(compiled, source, fileName, task);
    }

    /** Solves a question given as text. */
    public TaskResult solve(String question) {
        return solve(Task.of(question));
    }

    @Override
    public String toString() {
        return source;
    }
}
