package dev.metaforge.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent language described for a reader who writes scripts in it, a model as much as a
 * person: every call of {@link Vocabulary#CALLS} with its form and meaning, the options of
 * {@code ask}, the task's properties and the sandbox's rules. Tests keep it complete.
 */
public final class DslReference {
    /** Call name to its form and meaning, in reading order. */
    public static final Map<String, String> CALLS = calls();

    private DslReference() {
    }

    private static Map<String, String> calls() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agent", "agent('Name') { ... } declares the agent; the script holds exactly one.");
        m.put("describe", "describe 'One line' inside agent: a summary kept in the archive.");
        m.put("solve", "solve { task -> ... } the entry point; its last value is the answer (a String, number, "
                + "Boolean, or a List/Map of those).");
        m.put("ask", "ask(prompt, fields: [name: 'description', ...], role: 'Role', temperature: 0.0..2.0, "
                + "model: 'name', maxTokens: n) one model call; returns a Reply whose requested fields read as "
                + "properties (reply.answer). Without fields: the reply has one field, answer.");
        m.put("parallel", "parallel(n) { i -> ... } or parallel(list) { x -> ... } runs branches concurrently and "
                + "returns their results in order (List<Reply> when each branch ends in ask).");
        m.put("majority", "majority(values) the most frequent value after normalisation (case, spaces, 14.0 = 14); "
                + "ties go to the first seen.");
        m.put("team", "team { node('a') { inputs -> ... }; edge('a', 'b') } a DAG of roles run layer by layer; "
                + "each node gets its predecessors' results by name; returns the results by node name.");
        m.put("node", "node('name') { inputs -> ... } a role inside team.");
        m.put("edge", "edge('from', 'to') inside team: 'to' runs after 'from' and sees its result.");
        m.put("calc", "calc('(17+5)*3/4') exact decimal arithmetic; only numbers, + - * / % ^ and parentheses.");
        m.put("log", "log(message) a line in the task's trace.");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The whole reference as text. */
    public static String text() {
        StringBuilder s = new StringBuilder("An agent is one Groovy script, compiled with static type checking:\n");
        CALLS.forEach((call, meaning) -> s.append("- ").append(meaning).append('\n'));
        s.append("A task has ").append(String.join(", ", new java.util.TreeSet<>(Vocabulary.TASK_PROPERTIES)))
                .append(" (task.question is the text to solve).\n");
        s.append("Options of ask: ").append(String.join(", ", new java.util.TreeSet<>(Vocabulary.ASK_OPTIONS)))
                .append(".\n");
        s.append("Plain Groovy works too: def, typed variables, String, List, Map, for, while, if, switch, try/catch, ")
                .append("closures, GStrings, collect, find, findAll, each, inject, groupBy, countBy, sort, unique, sum, ")
                .append("max, min, join, split, tokenize, regex (=~, find), x as int, toInteger(), m[key] on maps, ")
                .append("println (it goes to the trace).\n");
        s.append("Refused: imports, annotations, classes, static members, files, processes, network, threads, ")
                .append("reflection, the clock, system properties and environment, metaclasses, evaluate.\n");
        s.append("Write this, not that:\n");
        WRITE_THIS.forEach((write, not) -> s.append("- ").append(write).append(", not ").append(not).append('\n'));
        return s.toString();
    }

    /** What to write instead of what models reach for and the sandbox refuses. */
    public static final Map<String, String> WRITE_THIS = writeThis();

    private static Map<String, String> writeThis() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("log(x) or println(x)", "System.out.println(x)");
        m.put("calc('(17 + 5) * 3')", "evaluate(...), Eval.me(...) or new GroovyShell()");
        m.put("parallel(3) { i -> ask(...) }", "threads, executors or parallelStream()");
        m.put("ask(prompt, temperature: 0.8) for varied samples", "new Random() or shuffle()");
        m.put("x instanceof String", "x.getClass() or x.class");
        m.put("{ a, b -> a + b } (a closure)", "a method pointer such as this.&method");
        m.put("local variables and closures (def f = { x -> ... })", "classes, static methods or fields");
        m.put("no import at all (java.util, java.math and the agent language are in scope)", "import ...");
        m.put("task.inputs", "files, System.getenv or system properties");
        m.put("List<Reply> all = first + second, then all*.answer", "(first + second)*.answer on untyped lists");
        return java.util.Collections.unmodifiableMap(m);
    }
}
