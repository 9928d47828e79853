package dev.metaforge.ui;

import dev.metaforge.archive.TaskRecord;
import groovy.json.JsonSlurper;
import java.util.List;
import java.util.Map;

/** A task's result and its trace, each model call with its role, prompt, fields, reply, tokens and time. */
final class Traces {
    private Traces() {
    }

    static void task(Html html, TaskRecord t) {
        html.raw("<details><summary>").text(t.taskId() + ": answered " + (t.answer() == null ? "(nothing)" : t.answer())
                + (t.failure() == null ? "" : " — " + t.failure() + ": " + t.error())
                + " · " + t.calls() + " calls, " + t.tokens() + " tokens, " + t.millis() + " ms").raw("</summary>");
        for (Map<String, Object> event : events(t.trace())) {
            String kind = String.valueOf(event.get("kind"));
            String branch = String.valueOf(event.getOrDefault("branch", ""));
            if (!kind.equals("ask")) {
                html.raw("<p>").text("log" + (branch.isEmpty() ? "" : " " + branch) + ": " + event.get("prompt"))
                        .raw("</p>");
                continue;
            }
            html.raw("<p><b>ask</b> ").text((branch.isEmpty() ? "" : branch + " · ") + "role " + event.get("role")
                    + " · " + event.get("model") + " · t=" + event.get("temperature") + " · "
                    + event.get("promptTokens") + "+" + event.get("completionTokens") + " tokens · "
                    + event.get("micros") + " µs" + (Boolean.TRUE.equals(event.get("simulated")) ? " · simulated" : ""))
                    .raw("</p><pre>").text(event.get("prompt")).raw("</pre>");
            if (event.get("reasoning") != null) {
                html.raw("<p>reasoning (kept apart from the answer)</p><pre>").text(event.get("reasoning")).raw("</pre>");
            }
            html.raw("<table><tr><th>field</th><th>reply</th></tr>");
            if (event.get("reply") instanceof Map<?, ?> reply) {
                reply.forEach((k, v) -> html.raw("<tr>").tag("td", k).tag("td", v).raw("</tr>"));
            }
            html.raw("</table>");
        }
        html.raw("</details>");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(String trace) {
        if (trace == null || trace.isBlank()) {
            return List.of();
        }
        try {
            Object parsed = new JsonSlurper().parseText(trace);
            if (!(parsed instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
        } catch (RuntimeException e) {
            return List.of(Map.of("kind", "log", "prompt", "(the stored trace could not be read)"));
        }
    }
}
