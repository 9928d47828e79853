package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SearchStrategy} promises, run against each registered one by a subclass: it
 * stops at the design limit and at the call budget with the reason as a type, builds only on
 * designs it has evaluated, stops at once when interrupted, and makes the same choices for the
 * same seed. Small searches: three seeds, 40 validation tasks, sim throughout.
 */
abstract class SearchStrategyContract {
    @TempDir
    Path dir;

    /** The registered name of the strategy under test. */
    protected abstract String strategy();

    private SearchOutcome run(String archive, SearchSettings settings, SearchListener listener) throws Exception {
        try (Archive a = Archive.open(dir.resolve(archive).toString())) {
            return SearchFixture.run(a, strategy(), settings, listener, null);
        }
    }

    @Test
    void itStopsAtTheDesignLimitAndBuildsOnlyOnDesignsItEvaluated() throws Exception {
        SearchOutcome o = run("limit", SearchFixture.settings(3).maxDesigns(3).build(), SearchListener.QUIET);
        assertThat(o.stopReason()).isEqualTo(StopReason.designs(3, 3));
        assertThat(o.proposals()).isEqualTo(3);
        Set<Long> evaluated = new HashSet<>();
        for (Candidate c : o.candidates()) {
            if (c.origin() != Origin.SEED) {
                assertThat(c.parents()).as("%s builds on", c.name()).isNotEmpty();
                assertThat(evaluated).as("%s builds on", c.name()).containsAll(c.parents());
            }
            if (!c.failed()) {
                evaluated.add(c.designId());
            }
        }
        assertThat(o.winner()).isNotNull();
    }

    @Test
    void aCallBudgetStopsItWithTheLimitReached() throws Exception {
        SearchOutcome o = run("budget", SearchFixture.settings(4).maxDesigns(0).budgetCalls(700).build(),
                SearchListener.QUIET);
        assertThat(o.stopReason().kind()).isEqualTo(StopReason.Kind.BUDGET);
        assertThat(o.searchCalls()).isGreaterThanOrEqualTo(700);
    }

    @Test
    void anInterruptStopsItAtTheNextDesignWithoutFinalists() throws Exception {
        SearchOutcome o = run("interrupted", SearchFixture.settings(5).build(), (session, c) -> session.interrupt());
        assertThat(o.stopReason()).isEqualTo(StopReason.interrupted());
        assertThat(o.interrupted()).isTrue();
        assertThat(o.finalists()).isEmpty();
        assertThat(o.proposals()).isLessThanOrEqualTo(1);
    }

    @Test
    void theSameSeedMakesTheSameChoices() throws Exception {
        SearchSettings settings = SearchFixture.settings(6).maxDesigns(3).build();
        assertThat(trail(run("first", settings, SearchListener.QUIET)))
                .isEqualTo(trail(run("second", settings, SearchListener.QUIET)));
    }

    private static List<String> trail(SearchOutcome o) {
        List<String> out = new ArrayList<>();
        o.candidates().forEach(c -> out.add(c.name() + " " + c.parents().size() + " "
                + (c.failed() ? "failed" : c.validation().describe())));
        out.add(o.stopReason().describe());
        return out;
    }
}
