package dev.metaforge.dsl.sandbox;

/** One compile or sandbox error, printed as {@code file:line:col [code] message}. */
public record Diagnostic(String file, int line, int column, DiagnosticCode code, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " [" + code.label() + "] " + message;
    }
}
