package dev.metaforge.dsl;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Concurrent branches for {@code parallel} and for a team's layers. Branches go to the engine's
 * bounded pool; when it is full the calling thread runs the branch itself, so nested
 * {@code parallel} calls can never deadlock the pool. Each branch is numbered by its position,
 * which keeps sample numbers, and so results, independent of thread timing.
 */
final class Branches {
    private Branches() {
    }

    static <T, R> List<R> run(TaskContext context, List<T> items, Closure<R> body) {
        if (items.size() > context.limits.maxBranches()) {
            throw new ScriptFailure("parallel asked for " + items.size() + " branches; the limit is "
                    + context.limits.maxBranches());
        }
        String parent = context.branch();
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String path = parent + "/" + i;
            futures.add(context.branches.submit(() -> context.inBranch(path, () -> body.call(item))));
        }
        return collect(context, futures);
    }

    static <R> List<R> collect(TaskContext context, List<Future<R>> futures) {
        List<R> results = new ArrayList<>(futures.size());
        try {
            for (int i = 0; i < futures.size(); i++) {
                results.add(futures.get(i).get());
            }
            return results;
        } catch (InterruptedException e) {
            cancelAll(futures);
            Thread.currentThread().interrupt();
            context.cancel();
            context.checkpoint();
            throw new LimitExceeded(FailureKind.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            cancelAll(futures);
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            cancelAll(futures);
            context.checkpoint();
            throw new ScriptFailure("a branch was cancelled");
        }
    }

    private static <R> void cancelAll(List<Future<R>> futures) {
        futures.forEach(f -> f.cancel(true));
    }

    static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new ScriptFailure(String.valueOf(cause.getMessage()));
    }
}
