package dev.metaforge.search;

import dev.metaforge.archive.Archive;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.eval.Benchmark;
import dev.metaforge.eval.Benchmarks;
import dev.metaforge.eval.Scorers;
import dev.metaforge.model.sim.SimModel;
import dev.metaforge.search.propose.Proposer;
import dev.metaforge.search.propose.Proposers;
import dev.metaforge.search.propose.SimDesigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** A small search for tests: three seeds, 40 validation and 60 test tasks of the arithmetic benchmark, sim throughout. */
final class SearchFixture {
    static final List<String> SEEDS = List.of("cot", "cot-sc", "self-refine");

    private SearchFixture() {
    }

    static SearchSettings.Builder settings(long seed) {
        return SearchSettings.builder().seed(seed).maxDesigns(6).firstBatch(10).batchStep(10).concurrency(4)
                .resamples(500).finalists(2).patience(20);
    }

    static Function<SearchSession, SearchStrategy> strategy(String name, boolean metaAgent, long seed) {
        return session -> {
            SimDesigner designer = new SimDesigner(seed, 0.3);
            Proposer p = Proposers.make(metaAgent ? "meta-agent" : "operators", designer, session);
            return SearchStrategies.make(name, new SearchStrategies.Parts(p, new ModelValueEstimator(designer), true,
                    dev.metaforge.search.mcts.UctSelection.C));
        };
    }

    static SearchOutcome run(Archive archive, String strategy, SearchSettings settings, SearchListener listener,
                             Long resume) throws Exception {
        return run(archive, strategy, settings, listener, resume, "val40");
    }

    static SearchOutcome run(Archive archive, String strategy, SearchSettings settings, SearchListener listener,
                             Long resume, String valHash) throws Exception {
        return run(archive, strategy, strategy(strategy, true, settings.seed()), settings, listener, resume, valHash);
    }

    static SearchOutcome run(Archive archive, String name, Function<SearchSession, SearchStrategy> strategy,
                             SearchSettings settings, SearchListener listener, Long resume, String valHash)
            throws Exception {
        Benchmark b = Benchmarks.load("../samples/bench/arith");
        Benchmark.Split val = new Benchmark.Split(b.split("val").tasks().subList(0, 40), valHash);
        Benchmark.Split test = new Benchmark.Split(b.split("test").tasks().subList(0, 60), "test60");
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(settings.seed())).seed(settings.seed())
                .build()) {
            Search.Builder builder = Search.builder().archive(archive).engine(engine).model(engine.model())
                    .benchmark("arith", val, test).scorer(Scorers.of("numeric")).settings(settings)
                    .strategy(name, strategy).domain("arithmetic word problems")
                    .listener(listener);
            for (String seed : SEEDS) {
                Path file = Path.of("../samples/agents/" + seed + ".agent.groovy");
                builder.seed(Files.readString(file), file.toString());
            }
            if (resume != null) {
                builder.resume(resume);
            }
            return builder.build().run();
        }
    }
}
