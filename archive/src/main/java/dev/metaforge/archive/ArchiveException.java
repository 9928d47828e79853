package dev.metaforge.archive;

/** The archive cannot be opened, read or written; the message says what to do. */
public final class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
