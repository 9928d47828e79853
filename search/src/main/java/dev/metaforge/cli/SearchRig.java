package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.eval.Scorers;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.search.Search;

/**
 * What {@code search} and {@code compare} open before a run: the solver model, the meta-agent's
 * model, the archive and the engine; and a search builder with everything but the listener set.
 */
final class SearchRig implements AutoCloseable {
    private final ModelChoice solver;
    private final ModelChoice meta;
    final Archive archive;
    private final AgentEngine engine;

    SearchRig(SearchOptions search, ModelOptions options) {
        this(options, search.openMeta(options), null);
    }

    /** With the tasks run by {@code runner} (null: in this process). */
    SearchRig(SearchOptions search, ModelOptions options, dev.metaforge.dsl.TaskRunner runner) {
        this(options, search.openMeta(options), runner);
    }

    /** With {@code meta} as the meta-agent's and value agent's model, whatever the options name. */
    SearchRig(ModelOptions options, ModelChoice meta) {
        this(options, meta, null);
    }

    private SearchRig(ModelOptions options, ModelChoice meta, dev.metaforge.dsl.TaskRunner runner) {
        this.solver = options.open();
        this.meta = meta;
        this.archive = EvaluationRecorder.open(options.archive);
        this.engine = AgentEngine.builder().model(solver.model).seed(options.seed)
                .limits(RunLimits.DEFAULT.withTimePerTask(options.timePerTask())).runTasksWith(runner).build();
    }

    LanguageModel solver() {
        return solver.model;
    }

    /** A search of {@code inputs} with {@code strategy} and {@code seed}, the options' settings and proposer. */
    Search.Builder builder(SearchInputs inputs, SearchOptions search, String strategy, long seed) throws ScorerException {
        return inputs.configure(Search.builder(), search, seed).archive(archive).engine(engine).model(solver.model)
                .scorer(Scorers.of(inputs.scorer())).strategy(strategy, s -> search.strategyNamed(strategy, s, meta.model));
    }

    @Override
    public void close() {
        engine.close();
        archive.close();
        meta.close();
        solver.close();
    }
}
