package dev.metaforge.dsl;

import dev.metaforge.model.Hashes;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code ask} primitive: checks the options, numbers the sample, calls the model, traces the call. */
final class Asking {
    static final Set<String> OPTIONS = Vocabulary.ASK_OPTIONS;

    private Asking() {
    }

    static Reply ask(TaskContext context, Map<String, ?> options, CharSequence promptText) {
        for (String key : options.keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new ScriptFailure("ask has no option '" + key + "'" + Suggestions.didYouMean(key, OPTIONS)
                        + "; options are " + String.join(", ", new java.util.TreeSet<>(OPTIONS)));
            }
        }
        Prompt.Builder builder = Prompt.builder(Limits.text(promptText, Limits.MAX_PROMPT, "the prompt"))
                .seed(context.seed);
        Object role = options.get("role");
        if (role != null) {
            builder.role(Limits.name(String.valueOf(role), "ask: role"));
        }
        builder.fields(fields(options.get("fields")));
        Object temperature = options.get("temperature");
        if (temperature != null) {
            builder.temperature(number(temperature, "temperature").doubleValue());
        }
        Object maxTokens = options.get("maxTokens");
        if (maxTokens != null) {
            builder.maxTokens(number(maxTokens, "maxTokens").intValue());
        }
        Object modelName = options.get("model");
        LanguageModel model = modelName == null ? context.defaultModel : context.models.apply(String.valueOf(modelName));
        Prompt probe;
        try {
            probe = builder.build();
        } catch (IllegalArgumentException e) {
            throw new ScriptFailure("ask: " + e.getMessage());
        }
        String key = model.name() + '\u0000' + probe.role() + '\u0000' + probe.text() + '\u0000' + probe.fields()
                + '\u0000' + probe.temperature();
        int occurrence = context.nextOccurrence(key);
        String branch = context.branch();
        long sample = branch.isEmpty() ? occurrence : Hashes.fnv64(branch) * 31 + occurrence;
        Prompt prompt = builder.sample(sample).build();
        context.countCall();
        long start = System.nanoTime();
        ModelReply reply;
        try {
            reply = model.complete(prompt);
        } catch (ModelException e) {
            throw new ModelFailure(model.name() + ": " + e.getMessage(), e);
        }
        long micros = (System.nanoTime() - start) / 1_000;
        context.record(new TraceEvent("ask", branch, prompt.text(), prompt.role(), reply.fields(), model.name(),
                prompt.temperature(), reply.usage(), micros, reply.simulated(), reply.reasoning()), reply.usage());
        return new Reply(reply.fields(), reply.simulated());
    }

    private static Map<String, String> fields(Object option) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (option == null) {
            return fields;
        }
        if (option instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(String.valueOf(k), Limits.text(String.valueOf(v), Limits.MAX_FIELD_TEXT,
                    "a field's description")));
        } else if (option instanceof List<?> list) {
            list.forEach(name -> fields.put(String.valueOf(name), "The " + name + "."));
        } else {
            throw new ScriptFailure("ask: fields must be a map of name to description or a list of names");
        }
        if (fields.size() > Limits.MAX_FIELDS) {
            throw new ScriptFailure("ask asks for at most " + Limits.MAX_FIELDS + " fields, not " + fields.size());
        }
        for (String name : fields.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                throw new ScriptFailure("ask: field name '" + TerminalText.inline(name, 64)
                        + "' must be a plain identifier (letters, digits, _; at most 64)");
            }
        }
        return fields;
    }

    private static Number number(Object value, String option) {
        if (value instanceof Number n) {
            return n;
        }
        throw new ScriptFailure("ask: " + option + " must be a number, was '" + value + "'");
    }
}
