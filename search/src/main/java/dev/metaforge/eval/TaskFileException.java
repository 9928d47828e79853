package dev.metaforge.eval;

/** A task file that cannot be read, with the file and line at fault. */
public final class TaskFileException extends Exception {
    private static final long serialVersionUID = 1L;
    public TaskFileException(String message) {
        super(message);
    }
}
