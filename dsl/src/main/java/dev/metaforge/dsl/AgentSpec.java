package dev.metaforge.dsl;

import groovy.lang.Closure;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;

/** The inside of {@code agent(name) { … }}: a one-line description and the {@code solve} entry point. */
public final class AgentSpec {
    private final String name;
    private String description = "";
    private Closure<?> solve;

    AgentSpec(String name) {
        this.name = name;
    }

    /** A one-line summary kept with the design in the archive. */
    public void describe(String text) {
        this.description = text;
    }

    /** The entry point, called once per task with the task. */
    public void solve(@ClosureParams(value = SimpleType.class, options = "dev.metaforge.dsl.Task") Closure<?> body) {
        if (solve != null) {
            throw new ScriptFailure("solve { } is declared twice; an agent has one entry point");
        }
        this.solve = body;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Closure<?> solveBody() {
        return solve;
    }
}
