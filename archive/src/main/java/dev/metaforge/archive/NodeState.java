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
        for (NodeState s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new ArchiveException("a search node has the state '" + label + "', which this version does not know; "
                + "it was written by a newer Metaforge");
    }

    @Override
    public String toString() {
        return label;
    }
}
