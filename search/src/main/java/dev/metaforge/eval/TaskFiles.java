package dev.metaforge.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reading a task file's lines, with the errors every reader reports the same way. */
final class TaskFiles {
    private TaskFiles() {
    }

    static List<String> lines(Path file) throws TaskFileException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TaskFileException(file + ": no such file");
        } catch (IOException e) {
            throw new TaskFileException(file + ": cannot read: " + e.getMessage());
        }
    }
}
