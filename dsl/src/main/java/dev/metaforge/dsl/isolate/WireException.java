package dev.metaforge.dsl.isolate;

/** A message from or to a worker process that does not follow the protocol. */
final class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
