package dev.metaforge.dsl;

/** A script used the language wrongly at run time (bad option, missing field, cycle in a team). */
public class ScriptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public ScriptFailure(String message) {
        super(message);
    }
}
