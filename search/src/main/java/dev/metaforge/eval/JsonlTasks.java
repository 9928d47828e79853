package dev.metaforge.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.dsl.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads tasks from JSON Lines: one object per line with {@code question} (required), and
 * optional {@code id}, {@code answer}, {@code choices} and {@code inputs}. Blank lines are
 * skipped; any other bad line stops the read with the file and line number.
 */
public final class JsonlTasks {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlTasks() {
    }

    public static List<GoldTask> read(Path file) throws TaskFileException {
        List<String> lines = TaskFiles.lines(file);
        List<GoldTask> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            GoldTask task = parse(line, file + ":" + (i + 1), tasks.size() + 1);
            if (!ids.add(task.task().getId())) {
                throw new TaskFileException(file + ":" + (i + 1) + ": duplicate id '" + task.task().getId() + "'");
            }
            tasks.add(task);
        }
        if (tasks.isEmpty()) {
            throw new TaskFileException(file + ": no tasks (expected one JSON object per line with a \"question\")");
        }
        return tasks;
    }

    private static GoldTask parse(String line, String where, int ordinal) throws TaskFileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TaskFileException(where + ": not valid JSON (" + e.getOriginalMessage()
                    + "); expected {\"id\": …, \"question\": …, \"answer\": …}");
        }
        if (!node.isObject()) {
            throw new TaskFileException(where + ": expected a JSON object, found " + node.getNodeType());
        }
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual() || question.asText().isBlank()) {
            throw new TaskFileException(where + ": missing \"question\" (a non-empty string)");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : "task-" + ordinal;
        List<String> choices = new ArrayList<>();
        if (node.has("choices")) {
            if (!node.get("choices").isArray()) {
                throw new TaskFileException(where + ": \"choices\" must be an array of strings");
            }
            node.get("choices").forEach(c -> choices.add(c.asText()));
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        if (node.has("inputs")) {
            if (!node.get("inputs").isObject()) {
                throw new TaskFileException(where + ": \"inputs\" must be an object");
            }
            node.get("inputs").properties().forEach(e -> inputs.put(e.getKey(), e.getValue().asText()));
        }
        String gold = node.hasNonNull("answer") ? node.get("answer").asText() : null;
        return new GoldTask(Task.of(id, question.asText(), inputs, choices), gold);
    }
}
