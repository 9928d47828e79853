package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.EvaluationRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search process killed with SIGKILL part-way and resumed holds exactly the evaluations of an
 * uninterrupted run with the same seed: none missing, none twice.
 */
class SearchKillTest {
    private static final String[] ARGS = {"search", "--bench", CliTest.SMALL_BENCH, "--seeds",
        CliTest.SAMPLES + "agents/cot.agent.groovy", CliTest.SAMPLES + "agents/cot-sc.agent.groovy",
        CliTest.SAMPLES + "agents/self-refine.agent.groovy", "--max-designs", "6", "--first-batch", "10", "--batch", "10",
        "--resamples", "500", "--concurrency", "4", "--sim-latency", "1", "--seed", "5"};

    @TempDir
    Path dir;

    @Test
    void aKilledSearchResumesToTheEvaluationsOfAnUninterruptedOne() throws Exception {
        String whole = dir.resolve("whole").toString();
        assertThat(CliTest.metaforge(SearchCliTest.with(ARGS, "--archive", whole)).code()).isZero();
        List<String> expected = evaluations(whole);

        String killed = dir.resolve("killed").toString();
        List<String> command = CliTest.newProcess(SearchCliTest.with(ARGS, "--archive", killed));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int threshold = 4 + (int) (System.nanoTime() % 5);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int seen = 0;
        try {
            while (seen < threshold && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                seen = stored(killed);
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).as("killed after %d of %d evaluations", seen, expected.size())
                .isBetween(threshold, expected.size() - 1);

        CliTest.Result resumed = CliTest.metaforge("search", "--resume", "1", "--archive", killed);
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming run 1");
        assertThat(evaluations(killed)).containsExactlyInAnyOrderElementsOf(expected);
        try (Archive a = Archive.open(killed)) {
            assertThat(a.runs().find(1).orElseThrow().status()).isEqualTo(dev.metaforge.archive.RunStatus.DONE);
        }
    }

    @Test
    void aStopSignalEndsTheSearchCleanlyAndSaysHowToResume() throws Exception {
        String location = dir.resolve("stopped").toString();
        List<String> command = CliTest.newProcess(SearchCliTest.with(ARGS, "--archive", location));
        Path log = dir.resolve("stopped.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (stored(location) < 4 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = java.nio.file.Files.readString(log);
        assertThat(out).contains("stopped: interrupted").contains("continue with: metaforge search --resume 1");
        try (Archive a = Archive.open(location)) {
            assertThat(a.runs().find(1).orElseThrow().status()).isEqualTo(dev.metaforge.archive.RunStatus.STOPPED);
        }
        CliTest.Result resumed = CliTest.metaforge("search", "--resume", "1", "--archive", location);
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("<- winner");
    }

    private static int stored(String location) {
        if (!Path.of(location + ".mv.db").toFile().exists()) {
            return 0;
        }
        try (Archive a = Archive.openForReading(location)) {
            return a.runs().all().isEmpty() ? 0 : a.evaluations().forRun(1).size();
        } catch (RuntimeException e) {
            return 0; // the writer is still creating the schema
        }
    }

    private static List<String> evaluations(String location) {
        List<String> out = new ArrayList<>();
        try (Archive a = Archive.open(location)) {
            for (EvaluationRecord e : a.evaluations().forRun(1)) {
                out.add(a.designs().get(e.designId()).sourceHash() + " " + e.split() + " " + e.n() + " " + e.score()
                        + " " + e.calls() + " " + a.evaluations().tasks(e.id(), false, 1000).size());
            }
        }
        return out;
    }
}
