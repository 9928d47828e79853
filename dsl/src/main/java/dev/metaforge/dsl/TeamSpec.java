package dev.metaforge.dsl;

import groovy.lang.Closure;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inside of {@code team { … }}: roles ({@code node}) that each receive the results of the
 * roles they depend on, and the dependencies between them ({@code edge}).
 */
public final class TeamSpec {
    /** At most as many roles as branches of one parallel call, and a few edges each. */
    static final int MAX_ROLES = 256;
    static final int MAX_EDGES = 4 * MAX_ROLES;
    static final int MAX_NAME = 100;

    private final Map<String, Closure<?>> nodes = new LinkedHashMap<>();
    private final List<String[]> edges = new ArrayList<>();

    /** A role; its body gets a map from each predecessor role's name to that role's result. */
    public void node(String name, @ClosureParams(value = SimpleType.class,
            options = "java.util.Map<java.lang.String,java.lang.Object>") Closure<?> body) {
        Limits.name(name, "team role");
        if (nodes.size() >= MAX_ROLES) {
            throw new ScriptFailure("a team has at most " + MAX_ROLES + " roles");
        }
        if (nodes.containsKey(name)) {
            throw new ScriptFailure("team role '" + name + "' is declared twice");
        }
        nodes.put(name, body);
    }

    /** {@code to} runs after {@code from} and sees its result. */
    public void edge(String from, String to) {
        if (edges.size() >= MAX_EDGES) {
            throw new ScriptFailure("a team has at most " + MAX_EDGES + " edges");
        }
        edges.add(new String[] {String.valueOf(from), String.valueOf(to)});
    }

    Map<String, Closure<?>> nodes() {
        return nodes;
    }

    List<String[]> edges() {
        return edges;
    }
}
