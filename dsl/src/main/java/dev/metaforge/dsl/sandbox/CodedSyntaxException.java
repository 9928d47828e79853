package dev.metaforge.dsl.sandbox;

import org.codehaus.groovy.syntax.SyntaxException;

/** A refusal raised by a sandbox rule during compilation, carrying its code through Groovy's error collector. */
final class CodedSyntaxException extends SyntaxException {
    private static final long serialVersionUID = 1L;
    private final DiagnosticCode code;

    CodedSyntaxException(DiagnosticCode code, String message, int line, int column) {
        super(message, line, column);
        this.code = code;
    }

    DiagnosticCode code() {
        return code;
    }
}
