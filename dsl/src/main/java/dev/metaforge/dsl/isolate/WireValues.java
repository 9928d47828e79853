package dev.metaforge.dsl.isolate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain values across the wire exactly as they are: JSON has no NaN or infinity and its readers
 * turn a double into a decimal, so every floating-point number and every big number travels as
 * a tagged string ({@code {"$double": "NaN"}}, {@code {"$integer": "123…"}}), and a map that could
 * be mistaken for a tag is wrapped. Nothing is silently changed on the way.
 */
final class WireValues {
    private static final String DOUBLE = "$double";
    private static final String INTEGER = "$integer";
    private static final String DECIMAL = "$decimal";
    private static final String MAP = "$map";

    private WireValues() {
    }

    static Object encode(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Map.of(DOUBLE, value.toString());
        }
        if (value instanceof BigInteger big) {
            return Map.of(INTEGER, big.toString());
        }
        if (value instanceof BigDecimal dec) {
            return Map.of(DECIMAL, dec.toString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), encode(v)));
            return out.size() == 1 && out.keySet().iterator().next().startsWith("$") ? Map.of(MAP, out) : out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(encode(v)));
            return out;
        }
        return value;
    }

    static Object decode(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                String key = String.valueOf(only.getKey());
                Object v = only.getValue();
                try {
                    switch (key) {
                        case DOUBLE -> {
                            return Double.valueOf(String.valueOf(v));
                        }
                        case INTEGER -> {
                            return new BigInteger(String.valueOf(v));
                        }
                        case DECIMAL -> {
                            return new BigDecimal(String.valueOf(v));
                        }
                        case MAP -> {
                            return decodeEntries((Map<?, ?>) v);
                        }
                        default -> {
                        }
                    }
                } catch (RuntimeException e) {
                    throw new WireException("a malformed " + key + " value", e);
                }
            }
            return decodeEntries(map);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(decode(v)));
            return out;
        }
        return value;
    }

    private static Map<String, Object> decodeEntries(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), decode(v)));
        return out;
    }
}
