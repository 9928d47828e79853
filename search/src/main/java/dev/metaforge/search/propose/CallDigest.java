package dev.metaforge.search.propose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A stored trace reduced to what a reviewer reads: one line per model call, its role and its
 * short reply fields ({@code [critic] correct=False}); long fields (reasoning) are left out, every
 * value is cut to one short line, and at most {@value #MAX_CALLS} calls are kept. Calls of
 * parallel branches are put in branch order (a trace records them as they finish), so the same
 * run gives the same digest and the same prompt.
 */
public final class CallDigest {
    static final int MAX_CALLS = 12;
    private static final int VALUE_CHARS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CallDigest() {
    }

    /** The calls of a trace stored as JSON; none when it cannot be read. */
    public static List<String> of(String traceJson) {
        List<String> out = new ArrayList<>();
        if (traceJson == null || traceJson.isBlank()) {
            return out;
        }
        try {
            List<JsonNode> stage = new ArrayList<>();
            for (JsonNode event : JSON.readTree(traceJson)) {
                if (!event.path("reply").isObject()) {
                    continue;
                }
                if (event.path("branch").asText("").isEmpty()) {
                    flush(stage, out);
                    add(out, event);
                } else {
                    stage.add(event);
                }
            }
            flush(stage, out);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return out;
    }

    /** The calls of consecutive parallel branches, in branch order; a branch's own calls keep their order. */
    private static void flush(List<JsonNode> stage, List<String> out) {
        stage.sort(Comparator.comparing(e -> e.path("branch").asText("")));
        stage.forEach(e -> add(out, e));
        stage.clear();
    }

    private static void add(List<String> out, JsonNode event) {
        if (out.size() < MAX_CALLS) {
            out.add(line(event.path("role").asText(""), event.path("reply")));
        }
    }

    private static String line(String role, JsonNode reply) {
        StringBuilder s = new StringBuilder("[").append(clip(role)).append(']');
        for (Iterator<Map.Entry<String, JsonNode>> it = reply.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String value = field.getValue().asText("");
            if (value.length() <= VALUE_CHARS) {
                s.append(' ').append(clip(field.getKey())).append('=').append(clip(value));
            }
        }
        return s.toString();
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= VALUE_CHARS ? one : one.substring(0, VALUE_CHARS) + "…";
    }
}
