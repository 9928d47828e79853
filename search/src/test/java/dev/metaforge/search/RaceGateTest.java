package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Archive;
import dev.metaforge.search.propose.OperatorProposer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate a strategy puts on a new design's race after its first batch. */
class RaceGateTest {
    @TempDir
    Path dir;

    /** Seeds, then one operator proposal from the best seed raced behind {@code gate}; the proposal is kept. */
    private static Function<SearchSession, SearchStrategy> oneProposal(RaceGate gate, List<Candidate> made) {
        return session -> new SearchStrategy() {
            @Override
            public String name() {
                return "one";
            }

            @Override
            public StopReason search(SearchSession s, List<Candidate> seeds) throws InterruptedException {
                Candidate best = s.ranked().get(0);
                s.consider(new OperatorProposer(s).propose(s.context(best, List.of(), 1).build()), gate)
                        .ifPresent(made::add);
                return StopReason.exhausted("one proposal");
            }
        };
    }

    @Test
    void aGateThatSaysNoStopsTheDesignAtItsFirstBatchAndSeesWhatWasMeasured() throws Exception {
        SearchSettings settings = SearchFixture.settings(42).build();
        List<Candidate> asked = new ArrayList<>();
        List<ScoreCard> against = new ArrayList<>();
        List<Candidate> gated = new ArrayList<>();
        List<Candidate> raced = new ArrayList<>();
        try (Archive a = Archive.open(dir.resolve("gated").toString());
             Archive b = Archive.open(dir.resolve("raced").toString())) {
            SearchFixture.run(a, "one", oneProposal((c, incumbent) -> {
                asked.add(c);
                against.add(incumbent);
                return false;
            }, gated), settings, SearchListener.QUIET, null, "val40");
            SearchFixture.run(b, "one", oneProposal(RaceGate.ALWAYS, raced), settings, SearchListener.QUIET, null,
                    "val40");
        }
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).validation().n()).isEqualTo(settings.firstBatch());
        assertThat(against.get(0).n()).as("the incumbent is measured on all of validation").isEqualTo(40);
        assertThat(gated.get(0).validation().n()).isEqualTo(settings.firstBatch());
        assertThat(gated.get(0).validation().scores()).containsExactly(asked.get(0).validation().scores());
        assertThat(raced.get(0).source()).isEqualTo(gated.get(0).source());
        assertThat(raced.get(0).validation().n()).as("without the gate the race goes on").isGreaterThan(settings.firstBatch());
    }
}
