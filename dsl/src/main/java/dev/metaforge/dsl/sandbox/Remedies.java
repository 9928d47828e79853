package dev.metaforge.dsl.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Refusals in the script's own words, each with what to write instead where there is one. A
 * model that reads "'System' is not available; use log(...)" in its fix prompt can repair the
 * script; one that reads a JVM class name cannot.
 */
final class Remedies {
    /** Advice by member name. */
    private static final Map<String, String> MEMBERS = Map.ofEntries(
            Map.entry("evaluate", "use calc('(17 + 5) * 3') for arithmetic"),
            Map.entry("println", "write println(x) or log(x) on its own: it goes to the task's trace"),
            Map.entry("print", "write print(x) or log(x) on its own: it goes to the task's trace"),
            Map.entry("printf", "write log(String.format(...)): it goes to the task's trace"),
            Map.entry("execute", "running programs is not available; use calc(...) for arithmetic"),
            Map.entry("sleep", "waiting is not needed: the engine paces model calls"),
            Map.entry("getClass", "test a value's kind with `x instanceof String`"),
            Map.entry("class", "test a value's kind with `x instanceof String`"),
            Map.entry("parallelStream", "use parallel(list) { x -> … } for concurrent branches"),
            Map.entry("parallel", "use parallel(list) { x -> … } for concurrent branches"),
            Map.entry("parallelSort", "sort with `list.sort()`"),
            Map.entry("shuffle", "runs repeat exactly, so there is no randomness; use ask(..., temperature: 0.8) for varied samples"),
            Map.entry("exit", "return a value from solve { } to finish"),
            Map.entry("halt", "return a value from solve { } to finish"),
            Map.entry("getenv", "pass values in the task's inputs (task.inputs)"),
            Map.entry("invokeMethod", "call the method by its name"),
            Map.entry("getProperty", "read the property by its name, or use a Map and m[key]"),
            Map.entry("setProperty", "set the property by its name, or use a Map and m[key] = value"),
            Map.entry("run", "call your own closure or method by another name"),
            Map.entry("identityHashCode", "compare values with =="));

    /** Advice by the kind of type, matched on the start of its name. */
    private static final List<Map.Entry<String, String>> TYPES = List.of(
            Map.entry("java.lang.System", "use log(...) to write to the task's trace; there is no clock, environment or exit"),
            Map.entry("java.io.", "files are not available; pass data in the task's inputs (task.inputs)"),
            Map.entry("java.nio.", "files are not available; pass data in the task's inputs (task.inputs)"),
            Map.entry("java.net.", "the network is not available; use ask(...) to call the model"),
            Map.entry("java.lang.Thread", "use parallel(n) { i -> … } for concurrent branches"),
            Map.entry("java.util.concurrent.", "use parallel(n) { i -> … } for concurrent branches"),
            Map.entry("java.util.Random", "runs repeat exactly, so there is no randomness; use ask(..., temperature: 0.8) for varied samples"),
            Map.entry("java.lang.Process", "running programs is not available; use calc(...) for arithmetic"),
            Map.entry("java.lang.Runtime", "running programs is not available; use calc(...) for arithmetic"),
            Map.entry("groovy.util.Eval", "use calc(...) for arithmetic"),
            Map.entry("groovy.lang.GroovyShell", "use calc(...) for arithmetic"),
            Map.entry("java.lang.Class", "test a value's kind with `x instanceof String`"),
            Map.entry("java.lang.reflect.", "call methods by their names"),
            Map.entry("java.time.", "there is no clock in agent scripts; runs repeat exactly"),
            Map.entry("java.util.Date", "there is no clock in agent scripts; runs repeat exactly"));

    private Remedies() {
    }

    /** A refused method or property name. */
    static String member(String name) {
        String advice = MEMBERS.get(name);
        return "'" + name + "' is not available in agent scripts" + (advice == null ? "" : "; " + advice);
    }

    /** A refused type, given by its binary or internal name. */
    static String type(String name) {
        String dotted = name.replace('/', '.');
        String simple = dotted.substring(dotted.lastIndexOf('.') + 1).replace('$', '.');
        if (internal(dotted)) {
            return "this construct is not available in agent scripts";
        }
        for (Map.Entry<String, String> e : TYPES) {
            if (dotted.startsWith(e.getKey())) {
                return "'" + simple + "' is not available in agent scripts; " + e.getValue();
            }
        }
        return "'" + simple + "' is not available in agent scripts";
    }

    /** Names of the compiler's and the engine's own classes, which a script never writes. */
    static boolean internal(String dotted) {
        return dotted.startsWith("org.codehaus.groovy.") || dotted.startsWith("groovy.lang.Script")
                || dotted.startsWith("groovy.lang.MetaClass") || dotted.startsWith("groovy.lang.GroovyObject")
                || dotted.startsWith("java.lang.invoke.") || dotted.startsWith("dev.metaforge.")
                || dotted.startsWith("Agent_");
    }
}
