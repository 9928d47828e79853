package dev.metaforge.dsl.sandbox;

/** What kind of refusal a {@link Diagnostic} is; its label is what {@code file:line:col [label]} shows. */
public enum DiagnosticCode {
    /** The script is not Groovy the parser can read. */
    SYNTAX("syntax"),
    /** Static type checking: an unknown name or method, a wrong argument. */
    TYPE("type"),
    /** A type, method or construct outside the allow-list. */
    FORBIDDEN("forbidden"),
    /** The bytecode or a resolved call failed the sandbox's own check. */
    SANDBOX("sandbox"),
    /** The script's shape: what an agent script must and must not declare. */
    STRUCTURE("structure"),
    /** A named option of a DSL call that does not exist or has the wrong kind of value. */
    OPTION("option"),
    /** The compiler failed in a way no rule above describes. */
    COMPILE("compile"),
    /** There is no script. */
    EMPTY("empty");

    private final String label;

    DiagnosticCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
