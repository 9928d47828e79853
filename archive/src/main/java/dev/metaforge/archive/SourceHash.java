package dev.metaforge.archive;

import dev.metaforge.model.Hashes;

/**
 * The identity of a design: the SHA-256 of its source after normalisation (line endings,
 * trailing spaces, blank-line runs, leading and trailing blank lines), so that the same design
 * written twice with different spacing is stored once.
 */
public final class SourceHash {
    private SourceHash() {
    }

    public static String of(String source) {
        return Hashes.sha256(normalise(source));
    }

    static String normalise(String source) {
        String unix = source.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : unix.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            out.append(trimmed).append('\n');
        }
        return out.toString();
    }
}
