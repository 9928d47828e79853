package dev.metaforge.model;

/** A model's reply could not be read as the fields asked for; the message names the problem. */
public final class ReplyParseException extends ModelException {
    private static final long serialVersionUID = 1L;
    public ReplyParseException(String message) {
        super(message, false);
    }
}
