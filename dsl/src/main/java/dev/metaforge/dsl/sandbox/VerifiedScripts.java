package dev.metaforge.dsl.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Compilations under way, so that a second thread asking for the same source waits rather than compiles it too. */
    private static final Map<String, CompletableFuture<Verified>> IN_FLIGHT = new ConcurrentHashMap<>();

    /** Makes a script's verified bytecode: from disk or by compiling it. */
    interface Maker {
        Verified make() throws CompilationFailed;
    }

    static Verified get(String sourceHash) {
        return BY_HASH.get(sourceHash);
    }

    /**
     * What is kept for {@code sourceHash}; else what another thread is making for it, once made;
     * else what {@code maker} makes here, kept. When the other thread's attempt fails, this one
     * makes its own, so that its refusal names its own file.
     */
    static Verified obtain(String sourceHash, Maker maker) throws CompilationFailed {
        Verified kept = get(sourceHash);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<Verified> mine = new CompletableFuture<>();
        CompletableFuture<Verified> other = IN_FLIGHT.putIfAbsent(sourceHash, mine);
        if (other != null) {
            Verified theirs = other.join(); // completed with null on failure, never exceptionally
            return theirs != null ? theirs : maker.make();
        }
        Verified made = null;
        try {
            made = maker.make();
            put(sourceHash, made);
            return made;
        } finally {
            IN_FLIGHT.remove(sourceHash, mine);
            mine.complete(made);
        }
    }

    static void put(String sourceHash, Verified verified) {
        BY_HASH.put(sourceHash, verified);
    }

    /** Drops what is kept for {@code sourceHash}: the next compiler looks on disk or compiles it again. */
    static void forget(String sourceHash) {
        BY_HASH.remove(sourceHash);
    }
}
