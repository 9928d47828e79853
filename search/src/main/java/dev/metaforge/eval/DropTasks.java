package dev.metaforge.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.dsl.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading comprehension in the DROP layout: JSON Lines with {@code passage}, {@code question}
 * and {@code answers} (a list of acceptable answers). The passage goes in the task's inputs and,
 * ahead of the question, in its text; the gold is the acceptable answers joined by {@code |} for
 * the F1 scorer.
 */
public final class DropTasks {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DropTasks() {
    }

    public static List<GoldTask> read(Path file) throws TaskFileException {
        List<String> lines = TaskFiles.lines(file);
        List<GoldTask> tasks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode node;
            try {
                node = MAPPER.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new TaskFileException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
            String passage = text(node, "passage", where);
            String question = text(node, "question", where);
            JsonNode answers = node.get("answers");
            if (answers == null || !answers.isArray() || answers.isEmpty()) {
                throw new TaskFileException(where + ": \"answers\" must be a non-empty list of acceptable answers");
            }
            List<String> acceptable = new ArrayList<>();
            answers.forEach(a -> acceptable.add(a.asText()));
            String id = node.hasNonNull("id") ? node.get("id").asText() : "d" + (tasks.size() + 1);
            tasks.add(new GoldTask(Task.of(id, passage + "\n\nQuestion: " + question, Map.of("passage", passage,
                    "question", question), List.of()), String.join("|", acceptable)));
        }
        if (tasks.isEmpty()) {
            throw new TaskFileException(file + ": no tasks");
        }
        return tasks;
    }

    private static String text(JsonNode node, String field, String where) throws TaskFileException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TaskFileException(where + ": missing \"" + field + "\" (a non-empty string)");
        }
        return value.asText();
    }
}
