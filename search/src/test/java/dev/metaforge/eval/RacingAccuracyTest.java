package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.Hashes;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Racing measured on designs whose accuracy is known exactly: a scripted model answers a task
 * right with the probability the design names in its role (`p70`: 70 %), each draw independent
 * per model seed, design and task. Over many races (each with its own model seed and task
 * order) it counts how often racing drops a design that is truly as good as the best, and how
 * many calls it saves against evaluating every design on every task.
 */
class RacingAccuracyTest {
    private static final int RACES = 100;

    /** Right with a known probability: gold, or gold plus one. Test scaffolding, never a product model. */
    static final class KnownAccuracyModel implements LanguageModel {
        private final Map<String, String> gold;
        private final long seed;

        KnownAccuracyModel(Map<String, String> gold, long seed) {
            this.gold = gold;
            this.seed = seed;
        }

        @Override
        public ModelReply complete(Prompt prompt) {
            String role = prompt.role();
            double p = Integer.parseInt(role.replaceAll("\\D", "").substring(0, 2)) / 100.0;
            long h = Hashes.fnv64(seed + "|" + role + "|" + prompt.text());
            double draw = (h >>> 11) * 0x1.0p-53;
            long right = Long.parseLong(gold.get(prompt.text()));
            String answer = String.valueOf(draw < p ? right : right + 1);
            return new ModelReply(answer, Map.of("answer", answer), new Usage(10, 1, 0.0), "known", true);
        }

        @Override
        public String name() {
            return "known-accuracy";
        }

        @Override
        public boolean simulated() {
            return true;
        }
    }

    private static String design(String role) {
        return "agent('" + role + "') {\n    solve { task -> ask(task.question, role: '" + role + "').answer }\n}\n";
    }

    @Test
    void anEquallyGoodDesignIsRarelyDroppedAndCallsAreSaved() throws Exception {
        List<GoldTask> tasks = JsonlTasks.read(Path.of("../samples/bench/arith.jsonl"));
        Map<String, String> gold = new HashMap<>();
        tasks.forEach(t -> gold.put(t.task().getQuestion(), t.gold()));
        Scorer scorer = new NumericScorer(1e-6);
        int equalDropped = 0;
        int worseDropped = 0;
        long spent = 0;
        long full = 0;
        for (int race = 0; race < RACES; race++) {
            try (AgentEngine engine = AgentEngine.builder().model(new KnownAccuracyModel(gold, race)).seed(race).build();
                 Evaluator evaluator = new Evaluator(scorer, 8, 2_000, race)) {
                List<Agent> designs = List.of(engine.compile(design("p80 first"), "a.groovy"),
                        engine.compile(design("p80 second"), "b.groovy"), engine.compile(design("p60 worse"), "c.groovy"));
                List<Racing.Entrant> result = new Racing(evaluator, scorer, 20, 2_000, race).race(designs, tasks);
                equalDropped += result.get(0).dropped() || result.get(1).dropped() ? 1 : 0;
                worseDropped += result.get(2).dropped() ? 1 : 0;
                spent += result.stream().mapToLong(e -> e.report().calls()).sum();
                full += result.stream().mapToLong(e -> e.fullCalls(tasks.size())).sum();
            }
        }
        double falseDrops = (double) equalDropped / RACES;
        double saved = 1 - (double) spent / full;
        System.out.printf("racing on designs of known accuracy (80 %%, 80 %%, 60 %%; %d races of %d tasks): an equally "
                + "good design dropped in %.1f %% of races, the worse one in %.1f %%, calls saved %.1f %%%n", RACES,
                tasks.size(), 100 * falseDrops, 100.0 * worseDropped / RACES, 100 * saved);
        assertThat(falseDrops).as("races in which a design as good as the best was dropped").isLessThanOrEqualTo(0.05);
        assertThat((double) worseDropped / RACES).as("races in which the clearly worse design was dropped")
                .isGreaterThanOrEqualTo(0.9);
        assertThat(saved).as("share of calls saved").isGreaterThan(0.1);
    }
}
