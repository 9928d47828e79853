package dev.metaforge.search;

import dev.metaforge.archive.Origin;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The end of a search: the top {@code k} designs by validation score are evaluated on every
 * validation task (racing may have stopped some early), the winner is the best of them on
 * validation, and each of them — with the best seed, for comparison — is measured once on the
 * held-out test split. The test score never chooses: choosing on it would inflate it.
 */
final class FinalChoice {
    private FinalChoice() {
    }

    /** Finalists best first by full validation score, then the best seed if it is not among them. */
    static List<Finalist> choose(SearchSession session) throws InterruptedException {
        List<Candidate> top = session.ranked().stream().limit(session.settings().finalists()).toList();
        List<Finalist> out = new ArrayList<>();
        for (Candidate c : top) {
            out.add(new Finalist(c, completeValidation(session, c), null, c.origin() == Origin.SEED, true));
        }
        out.sort(Comparator.comparingDouble((Finalist f) -> session.settings().fitness(f.validation())).reversed()
                .thenComparing(f -> -f.validation().ciLow()));
        Optional<Candidate> bestSeed = session.ranked().stream().filter(c -> c.origin() == Origin.SEED).findFirst();
        if (bestSeed.isPresent() && out.stream().noneMatch(f -> f.candidate().designId() == bestSeed.get().designId())) {
            out.add(new Finalist(bestSeed.get(), completeValidation(session, bestSeed.get()), null, true, false));
        }
        List<Finalist> tested = new ArrayList<>();
        for (Finalist f : out) {
            ScoreCard test = session.evaluations().full(f.candidate().designId(), agent(session, f.candidate()), "test",
                    null);
            tested.add(new Finalist(f.candidate(), f.validation(), test, f.seed(), f.contender()));
        }
        return tested;
    }

    private static ScoreCard completeValidation(SearchSession session, Candidate c) throws InterruptedException {
        if (c.validation().n() == session.evaluations().tasks("val").size()) {
            return c.validation();
        }
        return session.evaluations().full(c.designId(), agent(session, c), "val", c.validation());
    }

    private static Agent agent(SearchSession session, Candidate c) {
        try {
            return session.engine().compile(c.source(), c.name());
        } catch (CompilationFailed e) {
            throw new IllegalStateException("design #" + c.designId() + " compiled before and not now: " + e.getMessage(), e);
        }
    }
}
