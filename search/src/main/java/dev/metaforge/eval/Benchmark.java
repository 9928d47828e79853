package dev.metaforge.eval;

import java.util.Map;
import java.util.Set;

/**
 * A named set of tasks with a scorer and splits (e.g. {@code val} and {@code test}), each split
 * with its tasks and the hash that identifies its content in the archive.
 */
public record Benchmark(String name, String scorer, Map<String, Split> splits) {
    public Benchmark {
        splits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(splits));
    }

    /** One split: its tasks and a hash of what they are. Immutable. */
    public record Split(java.util.List<GoldTask> tasks, String hash) {
        public Split {
            tasks = java.util.List.copyOf(tasks);
        }
    }

    public Split split(String name) throws TaskFileException {
        Split split = splits.get(name);
        if (split == null) {
            throw new TaskFileException("benchmark " + this.name + " has no split '" + name + "'; it has "
                    + String.join(", ", new java.util.TreeSet<>(splits.keySet())));
        }
        return split;
    }

    public Set<String> splitNames() {
        return splits.keySet();
    }
}
