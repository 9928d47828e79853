package dev.metaforge.workers;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.isolate.TaskMessages;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Usage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * What a worker runs tasks with: its own model, opened once per seed the searches ask for (so the
 * simulator answers as it would in the search's own process), and an engine per seed and limits,
 * whose compile cache keeps a design compiled across its tasks.
 */
final class WorkerRuntime implements AutoCloseable {
    static final String KEY = "metaforge.worker";

    private final LongFunction<LanguageModel> models;
    private final Map<Key, AgentEngine> engines = new ConcurrentHashMap<>();
    private final AtomicLong done = new AtomicLong();

    private record Key(long seed, RunLimits limits) {
    }

    WorkerRuntime(LongFunction<LanguageModel> models) {
        this.models = models;
    }

    /** Runs one task sent as text; the result as text. Never throws for what the script does. */
    String solve(String request) {
        TaskMessages.Request r = TaskMessages.request(request);
        AgentEngine engine = engines.computeIfAbsent(new Key(r.seed(), r.limits()), k -> AgentEngine.builder()
                .model(models.apply(k.seed())).seed(k.seed()).limits(k.limits()).build());
        TaskResult result;
        try {
            result = engine.compile(r.source(), r.file()).solve(r.task());
        } catch (CompilationFailed e) {
            result = new TaskResult(r.task().getId(), null, FailureKind.SANDBOX, "the worker refused the script: "
                    + e.getMessage(), List.of(), 0, Usage.NONE, 0);
        }
        done.incrementAndGet();
        return TaskMessages.result(result);
    }

    long done() {
        return done.get();
    }

    @Override
    public void close() {
        engines.values().forEach(AgentEngine::close);
    }
}
