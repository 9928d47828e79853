package dev.metaforge.search;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Compiles the seeds one after another on a background thread, so that each is in the engine's
 * compile cache when the search reaches it: only the first seed's compilation is waited for, the
 * others overlap the evaluation of the seeds before them, which mostly waits on the model. A seed
 * that fails to compile is left to the search, which compiles it again and archives the error.
 */
final class SeedCompilation implements AutoCloseable {
    private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metaforge-seed-compiler");
        t.setDaemon(true);
        return t;
    });
    private final List<CompletableFuture<Void>> compiled = new ArrayList<>();

    SeedCompilation(AgentEngine engine, List<Search.Seed> seeds) {
        for (Search.Seed seed : seeds) {
            compiled.add(CompletableFuture.runAsync(() -> {
                try {
                    engine.compile(seed.source(), seed.fileName());
                } catch (CompilationFailed e) {
                    // reported when the search admits the seed
                }
            }, compiler));
        }
    }

    /** Waits until seed {@code index} has been compiled (or has failed to). */
    void await(int index) throws InterruptedException {
        try {
            compiled.get(index).get();
        } catch (ExecutionException e) {
            // a crash in the compiler: the search's own compilation will meet it and say so
        }
    }

    @Override
    public void close() {
        compiler.shutdownNow();
    }
}
