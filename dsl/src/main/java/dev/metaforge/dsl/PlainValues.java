package dev.metaforge.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a script returned into plain values the host can trust: String, Number, Boolean,
 * and Lists and Maps of those. Anything else becomes its string form, computed on the script's
 * own thread, under its own limits. Characters are counted as the value is converted, so a huge
 * or endlessly shared structure stops at the output limit instead of filling the heap.
 */
final class PlainValues {
    private static final int MAX_DEPTH = 32;

    private final int limit;
    private long size;

    private PlainValues(int limit) {
        this.limit = limit;
    }

    static Object of(Object value, int outputChars) {
        return new PlainValues(outputChars).convert(value, 0);
    }

    private Object convert(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScriptFailure("the answer is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (value == null || value instanceof Boolean) {
            return count(value, 5);
        }
        if (value instanceof String s) {
            return count(s, s.length());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return count(value, 24);
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return count(value, Limits.digits((Number) value) + 8);
        }
        if (value instanceof Reply reply && reply.size() == 1) {
            return convert(reply.values().iterator().next(), depth);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                count(key, key.length() + 2);
                if (out.containsKey(key)) {
                    // 1 and '1', null and 'null': one of them would be lost without a word
                    throw new ScriptFailure("the answer is a map with two keys that read as '"
                            + TerminalText.inline(key, 40) + "'; make the keys distinct text");
                }
                out.put(key, convert(e.getValue(), depth + 1));
            }
            return out;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                count(null, 2);
                out.add(convert(item, depth + 1));
            }
            return out;
        }
        String text = String.valueOf(value);
        return count(text, text.length());
    }

    private <T> T count(T value, long chars) {
        size += chars;
        if (size > limit) {
            throw new LimitExceeded(FailureKind.OUTPUT_LIMIT, "the answer is longer than " + limit + " characters");
        }
        return value;
    }
}
