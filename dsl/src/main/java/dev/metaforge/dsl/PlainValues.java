package dev.metaforge.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a script returned into plain values the host can trust: String, Number, Boolean,
 * and Lists and Maps of those. Anything else becomes its string form, computed on the script's
 * own thread, under its own limits.
 */
final class PlainValues {
    private PlainValues() {
    }

    static Object of(Object value, int depth) {
        if (depth > 32) {
            throw new ScriptFailure("the answer is nested more than 32 levels deep");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            return n instanceof Integer || n instanceof Long || n instanceof Double || n instanceof java.math.BigDecimal
                    || n instanceof java.math.BigInteger ? n : String.valueOf(n);
        }
        if (value instanceof Reply reply) {
            return reply.size() == 1 ? reply.values().iterator().next() : new LinkedHashMap<>(reply);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v, depth + 1)));
            return out;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            items.forEach(v -> out.add(of(v, depth + 1)));
            return out;
        }
        return String.valueOf(value);
    }

    static int size(Object plain) {
        return String.valueOf(plain).length();
    }
}
