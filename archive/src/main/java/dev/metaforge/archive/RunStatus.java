package dev.metaforge.archive;

/** Where a run stands; its label is what the archive stores and what users read. */
public enum RunStatus {
    RUNNING("running"), DONE("done"), BUDGET("budget"), STOPPED("stopped"), FAILED("failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status stored as {@code label}; an archive written by a newer version may hold one this one lacks. */
    public static RunStatus of(String label) {
        return StoredLabels.find(values(), RunStatus::label, label, "a run");
    }

    @Override
    public String toString() {
        return label;
    }
}
