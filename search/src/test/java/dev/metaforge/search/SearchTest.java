package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.archive.RunStatus;
import dev.metaforge.archive.EvaluationRecord;
import dev.metaforge.archive.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whole searches on a small budget: what they store, that they repeat, stop on budget, and resume after a crash. */
class SearchTest {
    @TempDir
    Path dir;

    private Archive archive(String name) {
        return Archive.open(dir.resolve(name).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcts", "adas", "random"})
    void eachStrategyProposesEvaluatesArchivesAndMeasuresFinalistsOnTest(String strategy) throws Exception {
        try (Archive a = archive(strategy)) {
            SearchOutcome o = SearchFixture.run(a, strategy, SearchFixture.settings(42).build(), SearchListener.QUIET, null);
            assertThat(o.strategy()).isEqualTo(strategy);
            assertThat(o.stopReason()).isEqualTo(StopReason.designs(6, 6));
            assertThat(o.proposals()).isEqualTo(6);
            assertThat(o.finalists()).hasSizeBetween(2, 3);
            assertThat(o.finalists()).allSatisfy(f -> {
                assertThat(f.validation().n()).isEqualTo(40);
                assertThat(f.test().n()).isEqualTo(60);
            });
            assertThat(o.winner().contender()).isTrue();
            assertThat(o.finalists().stream().filter(Finalist::seed)).isNotEmpty();
            List<Candidate> proposed = o.candidates().stream().filter(c -> c.origin() != Origin.SEED).toList();
            assertThat(proposed).isNotEmpty().allSatisfy(c -> assertThat(c.parents()).isNotEmpty());
            List<EvaluationRecord> stored = a.evaluations().forRun(o.runId());
            assertThat(stored).extracting(EvaluationRecord::split).contains("val", "test");
            assertThat(stored).allSatisfy(e -> assertThat(e.simulated()).isTrue());
            assertThat(a.searchNodes().forRun(o.runId())).hasSize((int) o.candidates().stream().count());
            assertThat(a.runs().find(o.runId()).orElseThrow().status()).isEqualTo(RunStatus.DONE);
            assertThat(a.runs().find(o.runId()).orElseThrow().bestDesign()).isEqualTo(o.winner().candidate().designId());
            Candidate child = proposed.stream().filter(c -> !c.failed()).findFirst().orElseThrow();
            assertThat(a.designs().parents(child.designId())).containsAll(child.parents());
        }
    }

    @Test
    void aBrokenProposalIsArchivedWithItsReason() throws Exception {
        try (Archive a = archive("broken")) {
            SearchFixture.run(a, "adas", SearchFixture.settings(42).build(), SearchListener.QUIET, null);
            List<DesignRecord> failed = a.designs().all().stream().filter(DesignRecord::failed).toList();
            assertThat(failed).isNotEmpty();
            assertThat(failed).allSatisfy(d -> assertThat(d.failure()).matches("(?s).*(agent\\.groovy:\\d+:\\d+|fails when "
                    + "run).*"));
        }
    }

    @Test
    void theSameSeedRepeatsTheSearchAndAnotherSeedDoesNot() throws Exception {
        List<String> first;
        List<String> second;
        List<String> other;
        try (Archive a = archive("one"); Archive b = archive("two"); Archive c = archive("three")) {
            first = trail(SearchFixture.run(a, "mcts", SearchFixture.settings(7).build(), SearchListener.QUIET, null));
            second = trail(SearchFixture.run(b, "mcts", SearchFixture.settings(7).build(), SearchListener.QUIET, null));
            other = trail(SearchFixture.run(c, "mcts", SearchFixture.settings(8).build(), SearchListener.QUIET, null));
        }
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aCallBudgetStopsTheSearchAtADesignBoundary() throws Exception {
        try (Archive a = archive("budget")) {
            SearchOutcome o = SearchFixture.run(a, "mcts", SearchFixture.settings(42).maxDesigns(0).budgetCalls(1500)
                    .build(), SearchListener.QUIET, null);
            assertThat(o.stopReason().kind()).isEqualTo(StopReason.Kind.BUDGET);
            assertThat(o.stopReason().describe()).startsWith("calls (");
            assertThat(a.runs().find(o.runId()).orElseThrow().status()).isEqualTo(RunStatus.BUDGET);
            assertThat(o.finalists()).isNotEmpty();
        }
    }

    @Test
    void aRunThatCrashedResumesToTheResultOfAnUninterruptedOneWithNothingEvaluatedTwice() throws Exception {
        SearchSettings settings = SearchFixture.settings(11).build();
        List<String> uninterrupted;
        try (Archive a = archive("whole")) {
            SearchOutcome o = SearchFixture.run(a, "mcts", settings, SearchListener.QUIET, null);
            uninterrupted = evaluations(a, o.runId());
        }
        try (Archive a = archive("crashed")) {
            AtomicInteger seen = new AtomicInteger();
            SearchListener crashing = (session, candidate) -> {
                if (seen.incrementAndGet() == 6) {
                    throw new IllegalStateException("simulated crash");
                }
            };
            assertThatThrownBy(() -> SearchFixture.run(a, "mcts", settings, crashing, null))
                    .hasMessage("simulated crash");
            long run = a.runs().all().get(0).id();
            assertThat(a.runs().find(run).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            int before = a.evaluations().forRun(run).size();
            assertThat(before).isBetween(1, uninterrupted.size() - 1);
            SearchOutcome resumed = SearchFixture.run(a, "mcts", settings, SearchListener.QUIET, run);
            assertThat(resumed.runId()).isEqualTo(run);
            assertThat(evaluations(a, run)).containsExactlyInAnyOrderElementsOf(uninterrupted);
            assertThat(a.runs().find(run).orElseThrow().status()).isEqualTo(RunStatus.DONE);
        }
    }

    @Test
    void anInterruptedRunHasNoFinalistsAndResumesToTheResultOfAnUninterruptedOne() throws Exception {
        List<String> uninterrupted;
        try (Archive a = archive("uninterrupted")) {
            SearchOutcome o = SearchFixture.run(a, "adas", SearchFixture.settings(3).build(), SearchListener.QUIET, null);
            uninterrupted = evaluations(a, o.runId());
        }
        try (Archive a = archive("interrupted")) {
            AtomicInteger seen = new AtomicInteger();
            SearchListener interrupting = (session, candidate) -> {
                if (seen.incrementAndGet() == 5) {
                    session.interrupt();
                }
            };
            SearchOutcome o = SearchFixture.run(a, "adas", SearchFixture.settings(3).build(), interrupting, null);
            assertThat(o.interrupted()).isTrue();
            assertThat(o.finalists()).isEmpty();
            assertThat(a.runs().find(o.runId()).orElseThrow().status()).isEqualTo(RunStatus.STOPPED);
            SearchOutcome resumed = SearchFixture.run(a, "adas", SearchFixture.settings(3).build(), SearchListener.QUIET,
                    o.runId());
            assertThat(resumed.interrupted()).isFalse();
            assertThat(resumed.finalists()).isNotEmpty();
            assertThat(evaluations(a, o.runId())).containsExactlyInAnyOrderElementsOf(uninterrupted);
        }
    }

    @Test
    void aRunTheBudgetStoppedGoesOnWithALargerBudgetAsIfItHadHadItFromTheStart() throws Exception {
        SearchSettings whole = SearchFixture.settings(5).build();
        List<String> uninterrupted;
        try (Archive a = archive("large")) {
            uninterrupted = evaluations(a, SearchFixture.run(a, "mcts", whole, SearchListener.QUIET, null).runId());
        }
        try (Archive a = archive("small")) {
            SearchOutcome cut = SearchFixture.run(a, "mcts", SearchFixture.settings(5).budgetCalls(900).build(),
                    SearchListener.QUIET, null);
            assertThat(cut.stopReason().describe()).startsWith("calls (");
            assertThat(a.evaluations().forRun(cut.runId())).anySatisfy(e -> assertThat(e.n()).isLessThan(40));
            SearchFixture.run(a, "mcts", whole, SearchListener.QUIET, cut.runId());
            List<String> resumed = evaluations(a, cut.runId());
            assertThat(resumed).containsAll(uninterrupted.stream().filter(e -> e.contains(" val ")).toList());
            assertThat(resumed.stream().filter(e -> e.contains(" val ")).toList())
                    .containsExactlyInAnyOrderElementsOf(uninterrupted.stream().filter(e -> e.contains(" val ")).toList());
        }
    }

    @Test
    void aRunIsNotResumedOnTasksThatChangedSinceItStarted() throws Exception {
        try (Archive a = archive("changed")) {
            SearchOutcome o = SearchFixture.run(a, "adas", SearchFixture.settings(3).build(), (s, c) -> s.interrupt(),
                    null);
            assertThatThrownBy(() -> SearchFixture.run(a, "adas", SearchFixture.settings(3).build(), SearchListener.QUIET,
                    o.runId(), "val40-edited")).isInstanceOf(SearchException.class)
                    .hasMessageContaining("the val split of arith is not what run " + o.runId() + " was started on");
        }
    }

    /** Each design considered, in order: name, validation mean and tasks, or its failure. */
    private static List<String> trail(SearchOutcome o) {
        List<String> out = new ArrayList<>();
        for (Candidate c : o.candidates()) {
            out.add(c.name() + " " + (c.failed() ? "failed" : c.validation().describe()));
        }
        out.add("calls " + o.calls());
        return out;
    }

    /** A run's evaluations as source hash, split, tasks and score: what must match between two runs. */
    static List<String> evaluations(Archive a, long run) {
        List<String> out = new ArrayList<>();
        for (EvaluationRecord e : a.evaluations().forRun(run)) {
            out.add(a.designs().get(e.designId()).sourceHash() + " " + e.split() + " " + e.n() + " " + e.score() + " "
                    + e.calls());
        }
        return out;
    }
}
