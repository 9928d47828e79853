package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.PostgresServer;
import dev.metaforge.archive.RunRecord;
import dev.metaforge.archive.RunStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's archive on PostgreSQL: two searches from two processes write into one database at
 * once, each its own run, and the first finds what it finds alone in an H2 file — the same seed
 * gives the same search in any archive.
 */
class TeamArchiveTest {
    private static final Pattern SUMMARY = Pattern.compile("stopped: (.*?); ([\\d,]+) calls");
    private static final Pattern WINNER = Pattern.compile("(?m)^\\s+1\\s+#\\d+ (.*?)\\s+(?:seed|meta-agent)\\s.*<- winner$");

    @TempDir
    Path dir;

    private static List<String> search(String archive, String seed) {
        return List.of("search", "--bench", CliTest.SMALL_BENCH, "--seeds", CliTest.SAMPLES + "agents/cot.agent.groovy",
                CliTest.SAMPLES + "agents/cot-sc.agent.groovy", CliTest.SAMPLES + "agents/self-refine.agent.groovy",
                "--max-designs", "2", "--seed", seed, "--archive", archive);
    }

    private static Process start(List<String> search) throws Exception {
        return new ProcessBuilder(CliTest.newProcess(search.toArray(String[]::new))).redirectErrorStream(true).start();
    }

    private static String outcome(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return outcome(out);
    }

    private static String outcome(String out) {
        Matcher summary = SUMMARY.matcher(out);
        Matcher winner = WINNER.matcher(out);
        assertThat(summary.find() && winner.find()).as(out).isTrue();
        return summary.group(1) + " " + summary.group(2) + " " + winner.group(1).strip();
    }

    @Test
    void twoSearchesFromTwoProcessesShareOneArchiveAndFindWhatTheyFindAlone() throws Exception {
        String team = PostgresServer.sharedDatabase();
        Process first = start(search(team, "1"));
        Process second = start(search(team, "2"));
        String together1 = outcome(first);
        String together2 = outcome(second);
        CliTest.Result alone = CliTest.metaforge(search(dir.resolve("alone").toString(), "1").toArray(String[]::new));
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(together1).isEqualTo(outcome(alone.out() + alone.err()));
        assertThat(together2).isNotEqualTo(together1);
        try (Archive a = Archive.open(team)) {
            assertThat(a.runs().all()).hasSize(2).extracting(RunRecord::status).containsOnly(RunStatus.DONE);
            assertThat(a.runs().all()).extracting(RunRecord::seed).containsExactlyInAnyOrder(1L, 2L);
        }
    }
}
