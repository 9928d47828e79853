package dev.metaforge.eval;

import dev.metaforge.dsl.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tasks in the MGSM layout: a TSV file without header, two columns, question and numeric answer. */
public final class TsvTasks {
    private TsvTasks() {
    }

    public static List<GoldTask> read(Path file) throws TaskFileException {
        List<String> lines = TaskFiles.lines(file);
        List<GoldTask> tasks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new TaskFileException(file + ":" + (i + 1) + ": expected two tab-separated columns, question and "
                        + "answer; found " + columns.length + " column(s)");
            }
            tasks.add(new GoldTask(Task.of("q" + (tasks.size() + 1), columns[0].strip()), columns[1].strip()));
        }
        if (tasks.isEmpty()) {
            throw new TaskFileException(file + ": no tasks");
        }
        return tasks;
    }
}
