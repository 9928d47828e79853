package dev.metaforge.dsl.isolate;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TraceEvent;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages between the engine and a worker process: one JSON object per line. Everything a
 * worker sends is untrusted; reading it either yields a well-typed value or throws
 * {@link WireException}.
 */
final class Wire {
    private Wire() {
    }

    static String write(Map<String, ?> message) {
        return JsonOutput.toJson(message);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String line) {
        try {
            Object parsed = new JsonSlurper().parseText(line);
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (RuntimeException e) {
            throw new WireException("not a JSON object: " + abbreviate(line), e);
        }
        throw new WireException("not a JSON object: " + abbreviate(line), null);
    }

    static Map<String, Object> task(String source, String file, Task task, long seed, RunLimits limits,
                                    String model, boolean simulated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "task");
        m.put("source", source);
        m.put("file", file);
        m.put("seed", seed);
        m.put("model", model);
        m.put("simulated", simulated);
        m.put("limits", Map.of("timeMillis", limits.timePerTask().toMillis(), "calls", limits.callsPerTask(),
                "output", limits.outputChars(), "branches", limits.maxBranches()));
        m.put("task", Map.of("id", task.getId(), "question", task.getQuestion(), "inputs", task.getInputs(),
                "choices", task.getChoices()));
        return m;
    }

    static Task taskOf(Map<String, Object> message) {
        Map<String, Object> t = map(message, "task");
        Map<String, String> inputs = new LinkedHashMap<>();
        map(t, "inputs").forEach((k, v) -> inputs.put(k, String.valueOf(v)));
        List<String> choices = new ArrayList<>();
        list(t, "choices").forEach(c -> choices.add(String.valueOf(c)));
        return Task.of(string(t, "id"), string(t, "question"), inputs, choices);
    }

    static RunLimits limitsOf(Map<String, Object> message) {
        Map<String, Object> l = map(message, "limits");
        return new RunLimits(Duration.ofMillis(number(l, "timeMillis").longValue()), number(l, "calls").intValue(),
                number(l, "output").intValue(), number(l, "branches").intValue());
    }

    static Map<String, Object> prompt(long id, Prompt p) {
        return Map.of("type", "complete", "id", id, "text", p.text(), "role", p.role(), "fields", p.fields(),
                "temperature", p.temperature(), "maxTokens", p.maxTokens(), "seed", p.seed(), "sample", p.sample());
    }

    static Prompt promptOf(Map<String, Object> m) {
        Prompt.Builder b = Prompt.builder(string(m, "text")).role(string(m, "role"))
                .temperature(number(m, "temperature").doubleValue()).maxTokens(number(m, "maxTokens").intValue())
                .seed(number(m, "seed").longValue()).sample(number(m, "sample").longValue());
        map(m, "fields").forEach((k, v) -> b.field(k, String.valueOf(v)));
        return b.build();
    }

    static Map<String, Object> reply(long id, ModelReply r) {
        return Map.of("type", "reply", "id", id, "text", r.text(), "fields", r.fields(), "model", r.model(),
                "simulated", r.simulated(), "usage", usage(r.usage()), "reasoning", r.reasoning());
    }

    static Map<String, Object> replyError(long id, String error, boolean retryable) {
        return Map.of("type", "reply", "id", id, "error", error, "retryable", retryable);
    }

    static ModelReply replyOf(Map<String, Object> m) {
        Map<String, String> fields = new LinkedHashMap<>();
        map(m, "fields").forEach((k, v) -> fields.put(k, String.valueOf(v)));
        return new ModelReply(string(m, "text"), fields, usageOf(map(m, "usage")), string(m, "model"),
                Boolean.TRUE.equals(m.get("simulated")), m.get("reasoning") instanceof String r ? r : "");
    }

    /** The worker has compiled the script and starts the task: the task's time limit runs from here. */
    static Map<String, Object> started() {
        return Map.of("type", "started");
    }

    static Map<String, Object> result(TaskResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "result");
        m.put("id", r.taskId());
        m.put("answer", WireValues.encode(r.answer()));
        m.put("failure", r.failure() == null ? null : r.failure().name());
        m.put("error", r.error());
        List<Map<String, Object>> trace = new ArrayList<>();
        for (TraceEvent e : r.trace()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("kind", e.kind());
            t.put("branch", e.branch());
            t.put("prompt", e.prompt());
            t.put("role", e.role());
            t.put("reply", e.reply());
            t.put("model", e.model());
            t.put("temperature", e.temperature());
            t.put("usage", usage(e.usage()));
            t.put("micros", e.micros());
            t.put("simulated", e.simulated());
            t.put("reasoning", e.reasoning());
            trace.add(t);
        }
        m.put("trace", trace);
        m.put("calls", r.calls());
        m.put("usage", usage(r.usage()));
        m.put("millis", r.millis());
        return m;
    }

    static TaskResult resultOf(Map<String, Object> m, long millis) {
        Object failure = m.get("failure");
        FailureKind kind;
        try {
            kind = failure == null ? null : FailureKind.valueOf(String.valueOf(failure));
        } catch (IllegalArgumentException e) {
            throw new WireException("unknown failure kind " + abbreviate(String.valueOf(failure)), e);
        }
        List<TraceEvent> trace = new ArrayList<>();
        for (Object o : list(m, "trace")) {
            if (!(o instanceof Map<?, ?>)) {
                throw new WireException("a trace entry is not an object", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) o;
            Map<String, String> reply = new LinkedHashMap<>();
            map(t, "reply").forEach((k, v) -> reply.put(k, String.valueOf(v)));
            trace.add(new TraceEvent(string(t, "kind"), string(t, "branch"), string(t, "prompt"), string(t, "role"),
                    reply, string(t, "model"), number(t, "temperature").doubleValue(),
                    usageOf(map(t, "usage")), number(t, "micros").longValue(), Boolean.TRUE.equals(t.get("simulated")),
                    t.get("reasoning") instanceof String r ? r : ""));
        }
        Object error = m.get("error");
        return new TaskResult(string(m, "id"), WireValues.decode(m.get("answer")), kind, error == null ? null : String.valueOf(error),
                trace, number(m, "calls").intValue(), usageOf(map(m, "usage")), millis);
    }

    private static Map<String, Object> usage(Usage u) {
        return Map.of("prompt", u.promptTokens(), "completion", u.completionTokens(), "cached", u.cachedTokens(),
                "reasoning", u.reasoningTokens(), "cost", u.cost());
    }

    private static Usage usageOf(Map<String, Object> u) {
        return new Usage(number(u, "prompt").longValue(), number(u, "completion").longValue(),
                number(u, "cached").longValue(), number(u, "reasoning").longValue(), number(u, "cost").doubleValue());
    }

    static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s)) {
            throw new WireException("'" + key + "' is missing or not a string", null);
        }
        return s;
    }

    static Number number(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new WireException("'" + key + "' is missing or not a number", null);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Map<?, ?>)) {
            throw new WireException("'" + key + "' is missing or not an object", null);
        }
        return (Map<String, Object>) v;
    }

    static List<?> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?> l)) {
            throw new WireException("'" + key + "' is missing or not a list", null);
        }
        return l;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
