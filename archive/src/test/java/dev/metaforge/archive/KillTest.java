package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed mid-run leaves an archive that opens, is consistent, and holds every committed evaluation. */
class KillTest {
    @TempDir
    Path dir;

    /** The archive the writer writes to; {@link PostgresStoresTest} puts it on PostgreSQL. */
    protected String location() {
        return dir.resolve("archive").toString();
    }

    @Test
    void aKilledWriterLosesAtMostTheEvaluationInFlight() throws Exception {
        String location = location();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ArchiveWriterMain.class.getName(), location)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> committed = new ArrayList<>();
        int readWhileWriting = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && committed.size() < 12) {
                committed.add(Long.parseLong(line.substring("saved ".length())));
                if (committed.size() == 4) {
                    try (Archive reader = Archive.open(location)) {
                        readWhileWriting = reader.evaluations().forRun(1).size();
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(readWhileWriting).isGreaterThanOrEqualTo(4);
        try (Archive reopened = Archive.open(location)) {
            List<EvaluationRecord> stored = reopened.evaluations().forRun(1);
            assertThat(stored).extracting(EvaluationRecord::id).containsAll(committed);
            for (EvaluationRecord e : stored) {
                assertThat(reopened.evaluations().tasks(e.id(), false, 1_000)).hasSize(e.n());
                assertThat(e.failures()).containsEntry("RUNTIME", 100);
            }
        }
    }
}
