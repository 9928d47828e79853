package dev.metaforge.dsl.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytecode of scripts that passed every check, shared by all engines of this process and
 * keyed by the SHA-256 of the source: a successful compilation depends on the source alone, and
 * a program that builds many engines (a comparison's repeats, a worker's seeds, a test suite)
 * would otherwise compile the same scripts again and again. Each engine still loads them in a
 * class loader of its own. Bounded, least recently used first out.
 */
final class VerifiedScripts {
    /** What a compilation leaves to load: the rewritten, verified classes and what the script declared. */
    record Verified(Map<String, byte[]> classes, String mainClass, String agentName, String description) {
        Verified {
            classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        }
    }

    private static final int CAPACITY = 512;
    private static final Map<String, Verified> BY_HASH = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                    return size() > CAPACITY;
                }
            });

    private VerifiedScripts() {
    }

    static Verified get(String sourceHash) {
        return BY_HASH.get(sourceHash);
    }

    static void put(String sourceHash, Verified verified) {
        BY_HASH.put(sourceHash, verified);
    }

    /** Drops what is kept for {@code sourceHash}: the next compiler looks on disk or compiles it again. */
    static void forget(String sourceHash) {
        BY_HASH.remove(sourceHash);
    }
}
