package dev.metaforge.dsl;

/** Why a task failed, for counting failures by kind. */
public enum FailureKind {
    COMPILE, RUNTIME, TIMEOUT, CALL_LIMIT, OUTPUT_LIMIT, MODEL, SANDBOX
}
