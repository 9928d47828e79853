package dev.metaforge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.metaforge.archive.SourceHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads a benchmark from a task file ({@code .jsonl}, MGSM {@code .tsv}, GPQA {@code .csv}) or
 * from a sidecar {@code NAME.bench.json} that names the format, the scorer and the splits:
 * <pre>
 * {"format": "jsonl", "scorer": "numeric", "file": "arith.jsonl", "partition": {"seed": 7, "val": 100, "test": 200}}
 * {"format": "drop-jsonl", "scorer": "f1", "splits": {"val": "drop-val.jsonl", "test": "drop-test.jsonl"}}
 * </pre>
 * {@code samples/bench/arith} finds {@code samples/bench/arith.bench.json}.
 */
public final class Benchmarks {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Benchmarks() {
    }

    public static Benchmark load(String spec) throws TaskFileException {
        Path path = Path.of(spec);
        Path sidecar = spec.endsWith(".bench.json") ? path : Path.of(spec + ".bench.json");
        if (Files.exists(sidecar)) {
            return fromSidecar(sidecar);
        }
        if (!Files.exists(path)) {
            throw new TaskFileException(spec + ": no such task file, and no " + sidecar.getFileName() + " beside it");
        }
        String file = path.getFileName().toString();
        TaskFormat format = TaskFormat.forFile(file).orElse(TaskFormat.KNOWN.get(0));
        String name = format.suffix() != null && file.endsWith(format.suffix())
                ? file.substring(0, file.length() - format.suffix().length()) : file;
        return new Benchmark(name, format.defaultScorer(), Map.of("all", split(format.reader().read(path, 0), path)));
    }

    private static Benchmark fromSidecar(Path sidecar) throws TaskFileException {
        JsonNode spec;
        try {
            spec = MAPPER.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new TaskFileException(sidecar + ": not valid JSON: " + e.getMessage());
        }
        Path dir = sidecar.toAbsolutePath().getParent();
        TaskFormat format = TaskFormat.named(spec.path("format").asText("jsonl"));
        String name = spec.path("name").asText(sidecar.getFileName().toString().replace(".bench.json", ""));
        String scorer = spec.path("scorer").asText(format.defaultScorer());
        long seed = spec.path("partition").path("seed").asLong(0);
        Map<String, Benchmark.Split> splits = new LinkedHashMap<>();
        if (spec.has("splits")) {
            for (var entry : spec.get("splits").properties()) {
                Path file = dir.resolve(entry.getValue().asText());
                splits.put(entry.getKey(), split(format.reader().read(file, seed), file));
            }
        } else if (spec.has("file") && spec.has("partition")) {
            Path file = dir.resolve(spec.get("file").asText());
            List<GoldTask> all = new ArrayList<>(format.reader().read(file, seed));
            Collections.shuffle(all, new Random(seed));
            int from = 0;
            for (var entry : spec.get("partition").properties()) {
                if (entry.getKey().equals("seed")) {
                    continue;
                }
                int size = entry.getValue().asInt();
                if (size <= 0 || from + size > all.size()) {
                    throw new TaskFileException(sidecar + ": split '" + entry.getKey() + "' of " + size + " tasks does not "
                            + "fit: " + file.getFileName() + " has " + all.size() + " tasks, " + from + " already taken");
                }
                splits.put(entry.getKey(), part(all, from, from + size, hashOf(file)));
                from += size;
            }
        } else {
            throw new TaskFileException(sidecar + ": name the tasks with \"splits\": {\"val\": FILE, …} or with \"file\" "
                    + "and \"partition\": {\"seed\": N, \"val\": SIZE, \"test\": SIZE}");
        }
        return new Benchmark(name, scorer, splits);
    }

    private static Benchmark.Split split(List<GoldTask> tasks, Path file) throws TaskFileException {
        return new Benchmark.Split(tasks, hashOf(file));
    }

    private static String hashOf(Path file) throws TaskFileException {
        try {
            return SourceHash.of(Files.readString(file));
        } catch (IOException e) {
            throw new TaskFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Tasks {@code from} to {@code to} of an ordered list as a split, identified by their ids and the
     * hash of what they were drawn from, so that a change to either gives another hash.
     */
    public static Benchmark.Split part(List<GoldTask> ordered, int from, int to, String wholeHash) {
        List<GoldTask> part = List.copyOf(ordered.subList(from, to));
        return new Benchmark.Split(part, SourceHash.of(ids(part) + wholeHash));
    }

    private static String ids(List<GoldTask> tasks) {
        StringBuilder out = new StringBuilder();
        tasks.forEach(t -> out.append(t.task().getId()).append('\n'));
        return out.toString();
    }
}
