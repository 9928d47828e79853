package dev.metaforge.archive;

import java.util.function.Function;

/** Reads an enum back from the label the archive stored for it; a label this version lacks was written by a newer one. */
final class StoredLabels {
    private StoredLabels() {
    }

    static <E extends Enum<E>> E find(E[] values, Function<E, String> label, String stored, String what) {
        for (E e : values) {
            if (label.apply(e).equals(stored)) {
                return e;
            }
        }
        throw new ArchiveException(what + " has the label '" + stored + "', which this version does not know; "
                + "it was written by a newer Metaforge");
    }
}
