package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive on H2, its default; {@link PostgresArchiveTest} runs the same tests on PostgreSQL. */
class ArchiveTest {
    @TempDir
    Path dir;

    /** Where this test's archive is: the same place for every call within a test, a new one for each test. */
    protected String location() {
        return dir.resolve("archive").toString();
    }

    /** A plain JDBC connection to this test's archive, to arrange what the archive itself would not write. */
    protected Connection raw() throws java.sql.SQLException {
        return DriverManager.getConnection(ArchiveLocation.jdbcUrl(location()), "sa", "");
    }

    /** Flyway on this test's archive, for arranging an older schema. */
    protected org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return org.flywaydb.core.Flyway.configure().dataSource(ArchiveLocation.jdbcUrl(location()), "sa", "");
    }

    protected Archive open() {
        return Archive.open(location());
    }

    @Test
    protected void createsTheFileAndMigratesFromEmpty() {
        try (Archive archive = open()) {
            assertThat(archive.designs().count()).isZero();
        }
        assertThat(dir.resolve("archive.mv.db")).exists();
    }

    @Test
    void aDesignIsStoredOnceWhateverItsSpacing() {
        try (Archive archive = open()) {
            long first = archive.designs().add(NewDesign.builder("CoT", Fixtures.script("CoT")).origin(Origin.SEED).build());
            String respaced = "\r\n" + Fixtures.script("CoT").replace("\n", "   \r\n") + "\n\n\n";
            long again = archive.designs().add(NewDesign.builder("CoT again", respaced).build());
            assertThat(again).isEqualTo(first);
            assertThat(archive.designs().count()).isEqualTo(1);
            DesignRecord d = archive.designs().get(first);
            assertThat(d.name()).isEqualTo("CoT");
            assertThat(d.origin()).isEqualTo(Origin.SEED);
            assertThat(d.toString()).isEqualTo(Fixtures.script("CoT"));
        }
    }

    @Test
    void lineageWithSeveralParentsIsATreeBothWays() {
        try (Archive archive = open()) {
            Designs designs = archive.designs();
            long a = designs.add(NewDesign.builder("A", Fixtures.script("A")).origin(Origin.SEED).build());
            long b = designs.add(NewDesign.builder("B", Fixtures.script("B")).origin(Origin.SEED).build());
            long ab = designs.add(NewDesign.builder("AB", Fixtures.script("AB")).origin(Origin.OPERATOR).parent(a)
                    .parent(b).build());
            long child = designs.add(NewDesign.builder("AB2", Fixtures.script("AB2")).origin(Origin.META_AGENT)
                    .parent(ab).build());
            long broken = designs.add(NewDesign.builder("Broken", "agent('x') {").origin(Origin.META_AGENT).parent(ab)
                    .failure("x.groovy:1:13 [syntax] unexpected end of file").build());
            assertThat(designs.parents(ab)).containsExactly(a, b);
            assertThat(designs.children(ab)).containsExactly(child, broken);
            Lineage lineage = Lineage.of(designs, ab);
            assertThat(lineage.graph().vertexSet()).containsExactlyInAnyOrder(a, b, ab, child, broken);
            assertThat(lineage.tree()).isEqualTo("""
                    ^ #1 A (seed)
                    ^ #2 B (seed)
                    #3 AB (operator)   <- this design
                      └ #4 AB2 (meta-agent)
                      └ #5 Broken (meta-agent, failed)
                    """);
            assertThat(lineage.dot()).contains("d1 -> d3;").contains("d3 -> d5;").contains("d3 [label=\"#3 AB\", style=bold]");
            assertThat(designs.get(broken).failure()).contains("[syntax]");
        }
    }

    @Test
    void evaluationsAreStoredWithTheirTasksAndListedByBestScore() {
        try (Archive archive = open()) {
            long low = archive.designs().add(NewDesign.builder("Low", Fixtures.script("Low")).build());
            long high = archive.designs().add(NewDesign.builder("High", Fixtures.script("High")).build());
            long run = archive.runs().start("mcts", "{}", 7, "calls=100");
            archive.evaluations().save(Fixtures.evaluation(low, run, "arith", 0.5, 10));
            long best = archive.evaluations().save(Fixtures.evaluation(high, run, "arith", 0.9, 10));
            archive.evaluations().save(Fixtures.evaluation(high, null, "drop", 0.3, 4));
            archive.runs().finish(run, RunStatus.DONE, 20, 600, 0.0, high);

            List<DesignSummary> listed = archive.designs().list(DesignQuery.all());
            assertThat(listed).extracting(DesignSummary::name).containsExactly("High", "Low");
            assertThat(listed.get(0).scores()).extracting(DesignSummary.Score::benchmark).containsExactly("arith", "drop");
            assertThat(listed.get(0).calls()).isEqualTo(14);
            assertThat(archive.evaluations().best("arith", "val").orElseThrow().id()).isEqualTo(best);
            assertThat(archive.evaluations().find(best).orElseThrow().failures()).containsEntry("RUNTIME", 1);
            assertThat(archive.evaluations().tasks(best, true, 10)).extracting(TaskRecord::taskId).containsExactly("t9");
            assertThat(archive.evaluations().forRun(run)).hasSize(2);
            RunRecord r = archive.runs().find(run).orElseThrow();
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
            assertThat(r.bestDesign()).isEqualTo(high);
            assertThat(r.finished()).isNotNull();
            assertThat(archive.designs().list(new DesignQuery("drop", null, false, DesignQuery.Sort.SCORE, 10)))
                    .extracting(DesignSummary::name).containsExactly("High");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Archive archive = open()) {
            long d = archive.designs().add(NewDesign.builder("D", Fixtures.script("D")).build());
            NewEvaluation bad = Fixtures.evaluation(d, 999L, "arith", 0.5, 5);
            assertThatThrownBy(() -> archive.evaluations().save(bad)).isInstanceOf(ArchiveException.class);
            assertThat(archive.evaluations().forDesign(d)).isEmpty();
            int rows = archive.read(c -> {
                try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM task_result")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void concurrentWritersAndReadersSeeAConsistentArchive() throws Exception {
        try (Archive archive = open(); Archive second = open()) {
            long d = archive.designs().add(NewDesign.builder("D", Fixtures.script("D")).build());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        archive.evaluations().save(Fixtures.evaluation(d, null, "arith", 0.5, 20));
                    }
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int checks = 0;
                while (writers.stream().anyMatch(f -> !f.isDone())) {
                    for (EvaluationRecord e : second.evaluations().forDesign(d)) {
                        assertThat(second.evaluations().tasks(e.id(), false, 1000)).hasSize(e.n());
                        checks++;
                    }
                }
                return checks;
            });
            for (Future<?> f : writers) {
                f.get();
            }
            assertThat(reader.get()).isPositive();
            pool.shutdown();
            assertThat(second.evaluations().forDesign(d)).hasSize(60);
        }
    }

    @Test
    void anArchiveAtSchemaVersionOneIsMigratedWithItsBestScoresFilledIn() throws Exception {
        flyway().locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = raw(); Statement s = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                s.executeUpdate("INSERT INTO design (name, description, source, source_hash, origin, created) VALUES ('D"
                        + i + "', '', 'source " + i + "', '" + String.valueOf(i).repeat(64) + "', 'human', CURRENT_TIMESTAMP)");
            }
            s.executeUpdate("INSERT INTO evaluation (design_id, benchmark, split, bench_hash, model, simulated, seed, n, score, "
                    + "ci_low, ci_high, calls, tokens, cost, created) VALUES (2, 'arith', 'val', '" + "0".repeat(64)
                    + "', 'sim', TRUE, 1, 10, 0.8, 0.6, 0.9, 10, 100, 0, CURRENT_TIMESTAMP)");
        }
        try (Archive archive = open()) {
            assertThat(archive.designs().list(DesignQuery.all())).extracting(DesignSummary::name)
                    .containsExactly("D2", "D1", "D3");
        }
    }

    @Test
    void anArchiveFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        try (Archive archive = open()) {
            archive.designs().count();
        }
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
        }
        assertThatThrownBy(this::open).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("was written by a newer Metaforge (schema version 99; this one knows up to "
                        + Archive.SCHEMA_VERSION + ")");
    }

    @Test
    protected void aDamagedFileGivesAClearMessage() throws Exception {
        Files.write(dir.resolve("archive.mv.db"), "this is not a database, it is a text file\n".repeat(200).getBytes());
        assertThatThrownBy(this::open).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("cannot open the archive at " + dir.resolve("archive"));
    }
}
