package dev.metaforge.eval;

/** A task file that cannot be read, with the file and line at fault. */
public final class TaskFileException extends Exception {
    public TaskFileException(String message) {
        super(message);
    }
}
