package dev.metaforge.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem for an agent: an id, the question, optional named inputs and optional answer
 * choices. Immutable; the gold answer is deliberately not part of it, so an agent and the
 * model it calls can never see it.
 */
public final class Task {
    private final String id;
    private final String question;
    private final Map<String, String> inputs;
    private final List<String> choices;

    private Task(String id, String question, Map<String, String> inputs, List<String> choices) {
        this.id = Objects.requireNonNull(id, "id");
        this.question = Objects.requireNonNull(question, "question");
        this.inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        this.choices = List.copyOf(choices);
    }

    public static Task of(String question) {
        return new Task("task", question, Map.of(), List.of());
    }

    public static Task of(String id, String question) {
        return new Task(id, question, Map.of(), List.of());
    }

    public static Task of(String id, String question, Map<String, String> inputs, List<String> choices) {
        return new Task(id, question, inputs, choices);
    }

    public String getId() {
        return id;
    }

    public String getQuestion() {
        return question;
    }

    public Map<String, String> getInputs() {
        return inputs;
    }

    public List<String> getChoices() {
        return choices;
    }

    @Override
    public String toString() {
        return question;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && id.equals(t.id) && question.equals(t.question) && inputs.equals(t.inputs)
                && choices.equals(t.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, question, inputs, choices);
    }
}
