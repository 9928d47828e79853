package dev.metaforge.dsl;

import dev.metaforge.model.Usage;
import java.util.Map;

/**
 * One entry in a task's trace: a model call (with prompt, role, requested fields, the reply's
 * fields, model, temperature, tokens, time, and any reasoning the model returned apart from its
 * answer) or a log line from the script.
 */
public record TraceEvent(String kind, String branch, String prompt, String role, Map<String, String> reply,
                         String model, double temperature, Usage usage, long micros, boolean simulated,
                         String reasoning) {

    public static TraceEvent log(String branch, String message) {
        return new TraceEvent("log", branch, message, "", Map.of(), "", 0, Usage.NONE, 0, false, "");
    }

    public boolean isCall() {
        return kind.equals("ask");
    }
}
