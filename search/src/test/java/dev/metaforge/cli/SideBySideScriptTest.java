package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's side-by-side script ({@code bench/side-by-side/run.sh}) at a small size: both
 * clients make every call against the Node.js server and the ratios are printed. Needs Node.js
 * and npm, and the npm registry for the {@code openai} package; says so and skips without them.
 */
class SideBySideScriptTest {
    private static final Path DIR = Path.of("../bench/side-by-side");
    private static final Pattern ROW = Pattern.compile("(?m)^(metaforge eval|openai \\(Node\\)) +(\\d+) calls/s .* (\\d+)$");

    private static String run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return p.exitValue() == 0 ? out : null;
    }

    @Test
    void bothClientsMakeEveryCallAndTheRatiosArePrinted() throws Exception {
        assumeTrue(onPath("node") && onPath("npm") && Files.isExecutable(Path.of("/usr/bin/time")),
                "Node.js, npm and /usr/bin/time are needed for the side-by-side script");
        if (!Files.isDirectory(DIR.resolve("node_modules/openai"))) {
            assumeTrue(run(new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent").directory(DIR.toFile()))
                    != null, "the openai npm package could not be installed (no registry?)");
        }
        ProcessBuilder script = new ProcessBuilder("bash", DIR.resolve("run.sh").toString(), "256", "16", "5");
        script.environment().put("METAFORGE_COMMAND", String.join(" ", CliTest.newProcess()));
        String out = run(script);
        assertThat(out).as("the script failed").isNotNull();
        assertThat(out).contains("side by side: 256 chat completions, 16 in flight, 5 ms per reply")
                .containsPattern("metaforge / openai: whole command \\d+\\.\\d\\dx \\(target >= 0\\.9x\\), evaluation "
                        + "\\d+\\.\\d\\dx");
        Matcher rows = ROW.matcher(out);
        int found = 0;
        while (rows.find()) {
            found++;
            assertThat(rows.group(3)).as("%s: calls made", rows.group(1)).isEqualTo("256");
        }
        assertThat(found).as(out).isEqualTo(2);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
