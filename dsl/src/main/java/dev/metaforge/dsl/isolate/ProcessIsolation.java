package dev.metaforge.dsl.isolate;

import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;

/**
 * Runs tasks in a pool of worker JVMs, so that a script stuck inside library code, or one that
 * exhausts memory, costs a worker process and not the run. Workers are started on demand, up
 * to the pool size, and reused while they stay healthy.
 */
public final class ProcessIsolation implements dev.metaforge.dsl.TaskRunner {
    private final List<String> jvmOptions;
    private final Semaphore slots;
    private final LinkedBlockingDeque<ProcessWorker> idle = new LinkedBlockingDeque<>();
    private final List<ProcessWorker> all = new ArrayList<>();
    private final ExecutorService modelCalls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "metaforge-worker-model");
        t.setDaemon(true);
        return t;
    });

    /** {@code workers} processes at most, each started with {@code jvmOptions} (e.g. {@code -Xmx512m}). */
    public ProcessIsolation(int workers, List<String> jvmOptions) {
        this.slots = new Semaphore(workers);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    @Override
    public TaskResult run(String source, String file, Task task, long seed, RunLimits limits, LanguageModel model) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TaskResult(task.getId(), null, FailureKind.TIMEOUT, "interrupted", List.of(), 0, Usage.NONE, 0);
        }
        try {
            ProcessWorker worker = idle.pollFirst();
            if (worker == null || !worker.alive()) {
                worker = start();
            }
            TaskResult result = worker.run(source, file, task, seed, limits, model);
            if (worker.alive()) {
                idle.addFirst(worker);
            }
            return result;
        } catch (IOException e) {
            return new TaskResult(task.getId(), null, FailureKind.SANDBOX, "cannot start a worker process: "
                    + e.getMessage(), List.of(), 0, Usage.NONE, 0);
        } finally {
            slots.release();
        }
    }

    private ProcessWorker start() throws IOException {
        ProcessWorker worker = new ProcessWorker(jvmOptions, modelCalls);
        synchronized (all) {
            all.removeIf(w -> !w.alive());
            all.add(worker);
        }
        return worker;
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(ProcessWorker::close);
            all.clear();
        }
        modelCalls.shutdownNow();
    }
}
