package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code ./metaforge …} line in the README runs and succeeds. */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    static Stream<String> readmeCommands() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md")).stream().filter(l -> l.startsWith("./metaforge "));
    }

    @ParameterizedTest
    @MethodSource("readmeCommands")
    void runs(String line) throws IOException {
        List<String> args = arguments(line);
        if (args.get(0).equals("bench")) {
            args.add("--compilations");
            args.add("20");
        }
        CliTest.Result r = CliTest.metaforge(args.toArray(String[]::new));
        assertThat(r.code()).as("%s%n%s%s", line, r.out(), r.err()).isZero();
        assertThat(r.out()).isNotBlank();
    }

    /** Splits like a shell: quotes, a trailing comment, globs; paths are taken from the repository root. */
    private static List<String> arguments(String line) throws IOException {
        String command = line.replaceFirst("\\s+#.*$", "").substring("./metaforge ".length());
        List<String> args = new ArrayList<>();
        Matcher m = WORD.matcher(command);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(2) != null && word.contains("*")) {
                Path dir = ROOT.resolve(word.substring(0, word.lastIndexOf('/')));
                try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, word.substring(word.lastIndexOf('/') + 1))) {
                    matches.forEach(p -> args.add(p.toString()));
                }
            } else if (m.group(2) != null && Files.exists(ROOT.resolve(word))) {
                args.add(ROOT.resolve(word).toString());
            } else {
                args.add(word);
            }
        }
        return args;
    }
}
