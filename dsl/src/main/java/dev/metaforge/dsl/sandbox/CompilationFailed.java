package dev.metaforge.dsl.sandbox;

import java.util.List;
import java.util.stream.Collectors;

/** A script was refused; {@link #diagnostics()} says where and why, one line each. */
public final class CompilationFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Diagnostic> diagnostics;

    public CompilationFailed(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
