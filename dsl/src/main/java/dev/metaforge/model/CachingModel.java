package dev.metaforge.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A cache in front of any model. The key covers the model, role, text, fields, temperature,
 * token limit, seed and sample number, so repeated samples at a temperature above zero stay
 * distinct and a re-run replays exactly. A replayed reply costs nothing.
 */
public final class CachingModel implements LanguageModel {
    /** What the cache may do: nothing, only replay, only record, or both. */
    public enum Mode {
        OFF, READ, WRITE, READWRITE;

        public static Mode of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    private final LanguageModel model;
    private final ResponseCache cache;
    private final Mode mode;

    public CachingModel(LanguageModel model, ResponseCache cache, Mode mode) {
        this.model = model;
        this.cache = cache;
        this.mode = mode;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        String request = request(model.name(), prompt);
        String key = Hashes.sha256(request);
        if (mode == Mode.READ || mode == Mode.READWRITE) {
            Optional<ModelReply> hit = cache.get(key);
            if (hit.isPresent()) {
                ModelReply r = hit.get();
                return new ModelReply(r.text(), r.fields(), r.usage().free(), r.model(), r.simulated(), r.reasoning());
            }
        }
        ModelReply reply = model.complete(prompt);
        if (mode == Mode.WRITE || mode == Mode.READWRITE) {
            cache.put(key, model.name(), request, reply);
        }
        return reply;
    }

    /** The request as stored: everything that decides the reply, in a fixed order. */
    static String request(String model, Prompt p) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("model", model);
        fields.put("role", p.role());
        fields.put("text", p.text());
        fields.put("fields", p.fields());
        fields.put("temperature", p.temperature());
        fields.put("maxTokens", p.maxTokens());
        fields.put("seed", p.seed());
        fields.put("sample", p.sample());
        return groovy.json.JsonOutput.toJson(fields);
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public boolean simulated() {
        return model.simulated();
    }
}
