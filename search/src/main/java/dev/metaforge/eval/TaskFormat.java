package dev.metaforge.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A layout of benchmark files: its name in a sidecar, the file ending that implies it when there
 * is no sidecar (null: only by name), the scorer it implies, and its reader. Every format the
 * build knows is one line of {@link #KNOWN}.
 */
public record TaskFormat(String name, String suffix, String defaultScorer, Reader reader) {
    /** Reads one file of this format; {@code seed} orders whatever the format shuffles (GPQA's choices). */
    public interface Reader {
        List<GoldTask> read(Path file, long seed) throws TaskFileException;
    }

    public static final List<TaskFormat> KNOWN = List.of(
            new TaskFormat("jsonl", ".jsonl", "numeric", (file, seed) -> JsonlTasks.read(file)),
            new TaskFormat("mgsm-tsv", ".tsv", "numeric", (file, seed) -> TsvTasks.read(file)),
            new TaskFormat("gpqa-csv", ".csv", "choice", CsvChoiceTasks::read),
            new TaskFormat("drop-jsonl", null, "f1", (file, seed) -> DropTasks.read(file)));

    public static TaskFormat named(String name) throws TaskFileException {
        for (TaskFormat f : KNOWN) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        throw new TaskFileException("unknown benchmark format '" + name + "'; use "
                + String.join(", ", KNOWN.stream().map(TaskFormat::name).toList()));
    }

    /** The format a file's ending implies, if any. */
    public static Optional<TaskFormat> forFile(String fileName) {
        return KNOWN.stream().filter(f -> f.suffix != null && fileName.endsWith(f.suffix)).findFirst();
    }
}
