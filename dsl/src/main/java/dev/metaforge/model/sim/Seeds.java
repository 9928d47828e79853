package dev.metaforge.model.sim;

import dev.metaforge.model.Hashes;

/** Deterministic mixing of seeds, so every random draw of the simulator can be repeated. */
final class Seeds {
    private Seeds() {
    }

    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long p : parts) {
            h = finish(h ^ finish(p + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    static long hash(String text) {
        return finish(Hashes.fnv64(text));
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
