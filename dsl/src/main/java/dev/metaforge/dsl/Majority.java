package dev.metaforge.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Majority vote over normalised values; ties go to the value seen first. */
final class Majority {
    private Majority() {
    }

    static <T> T of(List<T> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, T> firstSeen = new LinkedHashMap<>();
        for (T value : values) {
            if (value == null) {
                continue;
            }
            String key = AnswerText.normalise(value);
            counts.merge(key, 1, Integer::sum);
            firstSeen.putIfAbsent(key, value);
        }
        if (counts.isEmpty()) {
            throw new ScriptFailure("majority() needs at least one non-null value");
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return firstSeen.get(best);
    }
}
