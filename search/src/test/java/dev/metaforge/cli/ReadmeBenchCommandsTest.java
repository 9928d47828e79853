package dev.metaforge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code ./metaforge bench …} line in the README runs, at a small size, and prints its figures. */
class ReadmeBenchCommandsTest {
    @TempDir
    static Path scratch;

    static Stream<String> benchCommands() throws IOException {
        return ReadmeCommandsTest.readme().filter(l -> l.startsWith("./metaforge bench"));
    }

    @ParameterizedTest
    @MethodSource("benchCommands")
    void runs(String line) throws IOException {
        ReadmeCommandsTest.check(line, scratch);
    }
}
