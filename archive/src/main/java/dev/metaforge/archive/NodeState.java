package dev.metaforge.archive;

/**
 * A search node's design as the run left it: measured on every validation task, dropped before
 * the last (by racing, the value gate or a stop), or failed. Its label is what the archive stores.
 */
public enum NodeState {
    EVALUATED("evaluated"), DROPPED("dropped"), FAILED("failed");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state stored as {@code label}; an archive written by a newer version may hold one this one lacks. */
    public static NodeState of(String label) {
        return StoredLabels.find(values(), NodeState::label, label, "a search node");
    }

    @Override
    public String toString() {
        return label;
    }
}
