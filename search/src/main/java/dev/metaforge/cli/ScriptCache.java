package dev.metaforge.cli;

import dev.metaforge.dsl.AgentEngine;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code check}, {@code run} and {@code eval} keep verified script bytecode between runs:
 * {@code METAFORGE_SCRIPT_CACHE} (a directory, or {@code off}), else {@code $XDG_CACHE_HOME/metaforge/scripts},
 * else {@code ~/.cache/metaforge/scripts}. Running an unchanged script again then skips the
 * Groovy compiler, which is most of a short command's time.
 */
final class ScriptCache {
    static final String VARIABLE = "METAFORGE_SCRIPT_CACHE";

    private ScriptCache() {
    }

    /** {@code builder}, keeping compiled scripts where the environment says. */
    static AgentEngine.Builder keep(AgentEngine.Builder builder) {
        Path directory = directory(Environment.variables());
        return directory == null ? builder : builder.keepCompiledScriptsIn(directory);
    }

    static Path directory(Map<String, String> environment) {
        String chosen = environment.get(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.equalsIgnoreCase("off") ? null : Path.of(chosen);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "metaforge", "scripts");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "metaforge", "scripts");
    }
}
