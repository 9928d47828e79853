package dev.metaforge.search;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * Compiles designs the search will soon need on a background thread, while the search waits on
 * the model: the seeds while the ones before them are evaluated, a proposal while the meta-agent
 * reflects on it. {@link #compile} then takes the result instead of compiling again. Compiling a
 * design is the largest part of a search's own work, and without this it sits on the critical path.
 */
final class BackgroundCompilation implements AutoCloseable {
    /** Past this many prepared sources, finished ones never asked for (a reflexion changed them) are dropped. */
    private static final int KEPT = 32;

    private record Outcome(String fileName, Agent agent, CompilationFailed failure) {
    }

    private final AgentEngine engine;
    private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metaforge-compiler");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<Outcome>> prepared = new ConcurrentHashMap<>();
    private final LongAdder waited = new LongAdder();

    BackgroundCompilation(AgentEngine engine) {
        this.engine = engine;
    }

    /** Starts compiling {@code source} unless it is already on its way. */
    void prepare(String source, String fileName) {
        if (prepared.size() >= KEPT) {
            prepared.values().removeIf(CompletableFuture::isDone);
        }
        prepared.computeIfAbsent(source, s -> CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome(fileName, engine.compile(s, fileName), null);
            } catch (CompilationFailed e) {
                return new Outcome(fileName, null, e);
            }
        }, compiler));
    }

    /** {@code source} compiled: the prepared result when it was prepared under this file name, else the engine's. */
    Agent compile(String source, String fileName) throws CompilationFailed {
        long start = System.nanoTime();
        try {
            return take(source, fileName);
        } finally {
            waited.add(System.nanoTime() - start);
        }
    }

    /** Wall time the search spent in {@link #compile}, compiling or waiting for a background compilation. */
    long waitedNanos() {
        return waited.sum();
    }

    private Agent take(String source, String fileName) throws CompilationFailed {
        CompletableFuture<Outcome> pending = prepared.remove(source);
        if (pending != null) {
            try {
                Outcome o = pending.get();
                if (o.fileName().equals(fileName)) {
                    if (o.failure() != null) {
                        throw o.failure();
                    }
                    return o.agent();
                }
            } catch (ExecutionException e) {
                // the compiler crashed in the background: compiling here meets the same crash and reports it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the search sees the interrupt at its next boundary
            }
        }
        return engine.compile(source, fileName);
    }

    @Override
    public void close() {
        compiler.shutdownNow();
    }
}
