package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where commands keep compiled scripts: the variable, else the XDG cache, else ~/.cache; "off" keeps none. */
class ScriptCacheTest {
    @Test
    void theVariableWinsThenTheXdgCacheThenHome() {
        assertThat(ScriptCache.directory(Map.of("METAFORGE_SCRIPT_CACHE", "/tmp/kept", "XDG_CACHE_HOME", "/x")))
                .isEqualTo(Path.of("/tmp/kept"));
        assertThat(ScriptCache.directory(Map.of("XDG_CACHE_HOME", "/x"))).isEqualTo(Path.of("/x", "metaforge", "scripts"));
        assertThat(ScriptCache.directory(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "metaforge", "scripts"));
    }

    @Test
    void offKeepsNothing() {
        assertThat(ScriptCache.directory(Map.of("METAFORGE_SCRIPT_CACHE", "OFF", "XDG_CACHE_HOME", "/x"))).isNull();
    }
}
