package dev.metaforge.archive;

import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TraceEvent;
import groovy.json.JsonOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts the engine's task results into stored rows, the trace as JSON. */
public final class TaskRecords {
    private TaskRecords() {
    }

    public static TaskRecord of(TaskResult r, boolean correct, double score) {
        return new TaskRecord(r.taskId(), r.answerText(), correct, score, r.failure() == null ? null : r.failure().name(),
                r.error(), traceJson(r.trace()), r.calls(), r.usage().totalTokens(), r.usage().cost(), r.millis());
    }

    static String traceJson(List<TraceEvent> trace) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (TraceEvent e : trace) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind());
            m.put("branch", e.branch());
            m.put("prompt", e.prompt());
            if (e.isCall()) {
                m.put("role", e.role());
                m.put("reply", e.reply());
                m.put("model", e.model());
                m.put("temperature", e.temperature());
                m.put("promptTokens", e.usage().promptTokens());
                m.put("completionTokens", e.usage().completionTokens());
                if (e.usage().cachedTokens() > 0) {
                    m.put("cachedTokens", e.usage().cachedTokens());
                }
                if (e.usage().reasoningTokens() > 0) {
                    m.put("reasoningTokens", e.usage().reasoningTokens());
                }
                m.put("micros", e.micros());
                m.put("simulated", e.simulated());
                if (!e.reasoning().isEmpty()) {
                    m.put("reasoning", e.reasoning());
                }
            }
            events.add(m);
        }
        return JsonOutput.toJson(events);
    }
}
