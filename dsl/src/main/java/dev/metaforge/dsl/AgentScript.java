package dev.metaforge.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.FirstParam;
import groovy.transform.stc.SimpleType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base class of every agent script: the whole vocabulary a script can use. Scripts are
 * compiled against it with static type checking, and the sandbox lets them call nothing else
 * of {@link Script}.
 */
public abstract class AgentScript extends Script {
    private TaskContext context;
    private AgentSpec spec;

    final void bind(TaskContext context) {
        this.context = context;
    }

    final AgentSpec spec() {
        return spec;
    }

    /** Declares the agent: {@code agent('Name') { describe '…'; solve { task -> … } }}. */
    public final void agent(String name,
                            @DelegatesTo(value = AgentSpec.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        if (spec != null) {
            throw new ScriptFailure("agent(...) is declared twice; a script declares one agent");
        }
        spec = new AgentSpec(name);
        body.setDelegate(spec);
        body.setResolveStrategy(Closure.DELEGATE_FIRST);
        body.call();
    }

    /**
     * One model call. Options: {@code fields} (map of name to description, or a list of names),
     * {@code role}, {@code temperature}, {@code model}, {@code maxTokens}.
     */
    public final Reply ask(Map<String, ?> options, CharSequence prompt) {
        return Asking.ask(context(), options, prompt);
    }

    /** One model call with the default options: a single {@code answer} field at temperature 0. */
    public final Reply ask(CharSequence prompt) {
        return Asking.ask(context(), Map.of(), prompt);
    }

    /** Runs {@code n} branches concurrently, each given its index; results in index order. */
    public final <T> List<T> parallel(int n,
                                      @ClosureParams(value = SimpleType.class, options = "java.lang.Integer") Closure<T> branch) {
        TaskContext context = context();
        if (n < 0 || n > context.limits.maxBranches()) {
            throw new ScriptFailure("parallel(n) needs n between 0 and " + context.limits.maxBranches() + ", was " + n);
        }
        List<Integer> indices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            indices.add(i);
        }
        return Branches.run(context, indices, branch);
    }

    /** Runs one branch per item concurrently; results in the items' order. */
    public final <T, R> List<R> parallel(List<T> items,
                                         @ClosureParams(FirstParam.FirstGenericType.class) Closure<R> branch) {
        return Branches.run(context(), items, branch);
    }

    /** The most frequent value after normalisation (case, spaces, number format); ties go to the first seen. */
    public final <T> T majority(List<T> values) {
        return Majority.of(values);
    }

    /** Runs a graph of roles layer by layer; returns each role's result by name. */
    public final Map<String, Object> team(
            @DelegatesTo(value = TeamSpec.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        TeamSpec team = new TeamSpec();
        body.setDelegate(team);
        body.setResolveStrategy(Closure.DELEGATE_FIRST);
        body.call();
        return Teams.run(context(), team);
    }

    /** One model call, the prompt being any value (its text is sent). */
    public final Reply ask(Map<String, ?> options, Object prompt) {
        return ask(options, (CharSequence) String.valueOf(prompt));
    }

    /** One model call with the default options, the prompt being any value. */
    public final Reply ask(Object prompt) {
        return ask((CharSequence) String.valueOf(prompt));
    }

    /** Exact arithmetic on numbers, {@code + - * / % ^} and parentheses. */
    public final BigDecimal calc(CharSequence expression) {
        return context().calculator.evaluate(expression.toString());
    }

    /** Exact arithmetic on the text of any value. */
    public final BigDecimal calc(Object expression) {
        return calc((CharSequence) String.valueOf(expression));
    }

    /** Adds a line to the task's trace. */
    public final void log(Object message) {
        String text = Limits.printable(message, 2_000);
        context().log(text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text);
    }

    /** Scripts print to the task's trace, as with {@link #log}; nothing reaches the host's output. */
    @Override
    public final void println(Object value) {
        log(value);
    }

    @Override
    public final void println() {
        log("");
    }

    @Override
    public final void print(Object value) {
        log(value);
    }

    @Override
    public final void printf(String format, Object value) {
        log(String.format(format, value));
    }

    @Override
    public final void printf(String format, Object[] values) {
        log(String.format(format, values));
    }

    /** Inserted by the compiler into loops and closures so that a time limit can stop the script. */
    public final void $checkpoint() {
        if (context != null) {
            context.checkpoint();
        }
    }

    private TaskContext context() {
        if (context == null) {
            throw new ScriptFailure("ask, parallel, team, calc and log can only be used inside solve { }");
        }
        context.checkpoint();
        return context;
    }

    @Override
    public final Object evaluate(String expression) {
        throw new ScriptFailure("evaluate is not available in agent scripts");
    }
}
