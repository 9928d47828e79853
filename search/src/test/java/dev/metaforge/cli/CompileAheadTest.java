package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own process compiles the scripts a check names on a second thread while it
 * reads its options: what it prints is what the command prints in-process, a refusal names its
 * own file and position, and the same script named twice is compiled once and reported twice.
 */
class CompileAheadTest {
    @TempDir
    Path dir;

    @Test
    void aProcessThatCompilesAheadPrintsWhatTheCommandPrints() throws Exception {
        Path good = dir.resolve("good.agent.groovy");
        Files.writeString(good, "agent('Good') { solve { task -> ask(task.question).answer } }\n");
        Path refused = dir.resolve("refused.agent.groovy");
        Files.writeString(refused, "agent('Refused') {\n  solve { task -> new File('/etc/passwd').text }\n}\n");
        String[] args = {"check", good.toString(), refused.toString(), good.toString()};
        ProcessBuilder pb = new ProcessBuilder(CliTest.newProcess(args)).redirectErrorStream(true);
        pb.environment().put("METAFORGE_SCRIPT_CACHE", "off");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        CliTest.Result here = CliTest.metaforge(java.util.Map.of("METAFORGE_SCRIPT_CACHE", "off"), args);
        assertThat(p.exitValue()).isEqualTo(here.code()).isEqualTo(1);
        assertThat(out).isEqualTo(here.out() + here.err());
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("ok    " + good + "  (Good)");
        assertThat(lines.get(1)).startsWith(refused + ":2:");
        assertThat(out).contains("ok    " + good + "  (Good)\n" + refused).endsWith("1 of 3 script(s) refused.\n");
    }
}
