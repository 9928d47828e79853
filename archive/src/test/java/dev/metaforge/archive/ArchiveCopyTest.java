package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive moved from H2 to PostgreSQL and back holds the same designs, lineage, runs, evaluations and tree. */
class ArchiveCopyTest {
    @TempDir
    Path dir;

    private static void fill(Archive a) {
        long first = a.designs().add(NewDesign.builder("First", Fixtures.script("First")).build());
        long second = a.designs().add(NewDesign.builder("Second", Fixtures.script("Second")).parents(List.of(first))
                .build());
        long run = a.runs().start("mcts", "{\"args\": []}", 7, "calls=10");
        a.evaluations().save(Fixtures.evaluation(second, run, "arith", 0.75, 8));
        a.evaluations().save(Fixtures.evaluation(first, null, "arith", 0.5, 4));
        long root = a.searchNodes().add(run, first, null, 0.6, 0.5, "a critique", NodeState.EVALUATED);
        a.searchNodes().add(run, second, root, 0.7, 0.4, "another", NodeState.DROPPED);
        a.runs().finish(run, RunStatus.DONE, 10, 100, 0.5, second);
    }

    /** What an archive holds, as its readers see it. */
    private static List<Object> contents(Archive a) {
        return List.of(a.designs().list(DesignQuery.all()).stream().map(d -> d.id() + " " + d.name()).toList(),
                a.designs().parents(2), a.runs().all().stream().map(r -> r.id() + " " + r.status() + " " + r.bestDesign())
                        .toList(),
                a.evaluations().forDesign(2).stream().map(e -> e.id() + " " + e.score() + " " + e.n()).toList(),
                a.evaluations().tasks(1, false, 100).stream().map(t -> t.taskId() + " " + t.trace()).toList(),
                a.searchNodes().forRun(1).stream().map(n -> n.id() + " " + n.parentNode() + " " + n.state()).toList());
    }

    @Test
    void anArchiveMovesToPostgresAndBackWithEveryRowAndGoesOnCounting() throws Exception {
        String pg = PostgresServer.sharedDatabase();
        try (Archive h2 = Archive.open(dir.resolve("team").toString()); Archive shared = Archive.open(pg)) {
            fill(h2);
            Map<String, Long> copied = ArchiveCopy.copy(h2, shared);
            assertThat(copied).containsEntry("design", 2L).containsEntry("design_parent", 1L)
                    .containsEntry("evaluation", 2L).containsEntry("task_result", 12L).containsEntry("search_node", 2L);
            assertThat(contents(shared)).isEqualTo(contents(h2));
            long third = shared.designs().add(NewDesign.builder("Third", Fixtures.script("Third")).build());
            assertThat(third).as("new ids continue after the copied ones").isEqualTo(3);
            assertThatThrownBy(() -> ArchiveCopy.copy(h2, shared)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("is not empty");
            try (Archive back = Archive.open(dir.resolve("back").toString())) {
                ArchiveCopy.copy(shared, back);
                assertThat(contents(back)).isEqualTo(contents(shared));
            }
        }
    }

    @Test
    void aPasswordInAnArchivesUrlIsNeverShown() {
        String url = "jdbc:postgresql://127.0.0.1:1/none?user=alice&password=s3cret&ssl=false";
        assertThat(ArchiveLocation.shown(url)).isEqualTo("jdbc:postgresql://127.0.0.1:1/none?user=alice&password=***&ssl=false");
        assertThatThrownBy(() -> Archive.open(url)).isInstanceOf(ArchiveException.class)
                .hasMessageNotContaining("s3cret");
    }
}
