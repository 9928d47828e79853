package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a search needs of the archive: long model text kept, evaluations replaced in place, tree nodes, run settings. */
/** Search trees, replaced evaluations and resumed runs on H2; {@link PostgresStoresTest} runs them on PostgreSQL. */
class SearchStoreTest {
    @TempDir
    Path dir;

    /** A new archive's location for {@code name}. */
    protected String location(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void textLongerThanItsColumnIsCutAndMarkedNotRefused() {
        try (Archive a = Archive.open(location("a"))) {
            long id = a.designs().add(NewDesign.builder("n".repeat(500), Fixtures.script("Long")).description("d".repeat(5000))
                    .failure("f".repeat(30000)).origin(Origin.META_AGENT).build());
            DesignRecord d = a.designs().get(id);
            assertThat(d.name()).hasSize(200).endsWith("… (cut)");
            assertThat(d.description()).hasSize(2000);
            assertThat(d.failure()).hasSize(20000);
            long run = a.runs().start("mcts", "{}", 1, "");
            long node = a.searchNodes().add(run, id, null, 0.5, 0.5, "c".repeat(25000), NodeState.FAILED);
            assertThat(a.searchNodes().forRun(run).get(0).critique()).hasSize(20000);
            assertThat(node).isPositive();
        }
    }

    @Test
    void aReplacedEvaluationKeepsItsIdAndPlaceAndItsNewTasks() {
        try (Archive a = Archive.open(location("b"))) {
            long d = a.designs().add(NewDesign.builder("D", Fixtures.script("D")).build());
            long run = a.runs().start("mcts", "{}", 1, "");
            long first = a.evaluations().save(Fixtures.evaluation(d, run, "arith", 0.5, 4));
            long second = a.evaluations().save(Fixtures.evaluation(d, run, "arith", 0.7, 6));
            long replaced = a.evaluations().replace(first, Fixtures.evaluation(d, run, "arith", 0.9, 8));
            assertThat(replaced).isEqualTo(first);
            assertThat(a.evaluations().forRun(run)).extracting(EvaluationRecord::id).containsExactly(first, second);
            EvaluationRecord e = a.evaluations().find(first).orElseThrow();
            assertThat(e.n()).isEqualTo(8);
            assertThat(e.score()).isEqualTo(0.9);
            assertThat(a.evaluations().tasks(first, false, 100)).hasSize(8);
            assertThat(a.designs().list(DesignQuery.all()).get(0).scores().get(0).score()).isEqualTo(0.9);
        }
    }

    @Test
    void nodesAreUpdatedAndClearedAndRunsResumedWithNewSettings() {
        try (Archive a = Archive.open(location("c"))) {
            long d = a.designs().add(NewDesign.builder("D", Fixtures.script("D")).build());
            long run = a.runs().start("mcts", "{\"args\": []}", 1, "");
            long root = a.searchNodes().add(run, d, null, null, null, null, NodeState.EVALUATED);
            long child = a.searchNodes().add(run, d, root, 0.8, 0.4, "weak", NodeState.DROPPED);
            a.searchNodes().update(child, 3, 2.1, 0.9, NodeState.EVALUATED);
            SearchNodeRecord n = a.searchNodes().forRun(run).get(1);
            assertThat(n.parentNode()).isEqualTo(root);
            assertThat(n.visits()).isEqualTo(3);
            assertThat(n.valueMax()).isEqualTo(0.9);
            assertThat(n.state()).isEqualTo(NodeState.EVALUATED);
            assertThat(n.estimate()).isEqualTo(0.8);
            assertThat(a.searchNodes().forRun(run).get(0).estimate()).isNull();
            a.searchNodes().clear(run);
            assertThat(a.searchNodes().forRun(run)).isEmpty();
            a.runs().finish(run, RunStatus.STOPPED, 10, 100, 0, null);
            a.runs().resume(run);
            a.runs().settings(run, "{\"args\": [\"--budget-calls\", \"9\"]}");
            RunRecord r = a.runs().find(run).orElseThrow();
            assertThat(r.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(r.finished()).isNull();
            assertThat(r.settings()).contains("--budget-calls");
        }
    }
}
