package dev.metaforge.dsl;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A model's answer as seen by a script: the requested fields, readable as properties
 * ({@code reply.answer}). Reading a field that was not requested is an error naming the fields
 * that were, rather than a silent null. Immutable.
 */
public final class Reply extends AbstractMap<String, String> {
    private final Map<String, String> fields;
    private final boolean simulated;

    public Reply(Map<String, String> fields, boolean simulated) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.simulated = simulated;
    }

    @Override
    public String get(Object key) {
        String value = fields.get(key);
        if (value == null) {
            throw new ScriptFailure("the reply has no field '" + key + "'; fields asked for: "
                    + String.join(", ", fields.keySet()) + " (add it to fields: in ask)");
        }
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return fields.entrySet();
    }

    /** True when the reply came from the {@code sim} simulator. */
    public boolean simulated() {
        return simulated;
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
