package dev.metaforge.dsl;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Everything one task's run shares between its branches: the models, the limits and what was
 * spent against them, the trace, and which parallel branch the current thread is working for
 * (so that repeated samples get reproducible sample numbers whatever the thread timing).
 */
final class TaskContext {
    private static final int MAX_LOG_EVENTS = 1_000;
    /** Characters of log one task keeps: a trace stays readable and small enough to store and send. */
    private static final long MAX_LOG_CHARS = 100_000;

    final Task task;
    final LanguageModel defaultModel;
    final Function<String, LanguageModel> models;
    final long seed;
    final RunLimits limits;
    final ExecutorService branches;
    final Calculator calculator;
    private final long deadlineNanos;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger logs = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong logChars = new java.util.concurrent.atomic.AtomicLong();
    private final List<TraceEvent> trace = new ArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> samples = new ConcurrentHashMap<>();
    private final ThreadLocal<String> branch = ThreadLocal.withInitial(() -> "");
    private final Map<Thread, Integer> workers = new HashMap<>();
    private Usage usage = Usage.NONE;
    private volatile boolean cancelled;

    TaskContext(Task task, LanguageModel defaultModel, Function<String, LanguageModel> models, long seed,
                RunLimits limits, ExecutorService branches, Calculator calculator) {
        this.task = task;
        this.defaultModel = defaultModel;
        this.models = models;
        this.seed = seed;
        this.limits = limits;
        this.branches = branches;
        this.calculator = calculator;
        this.deadlineNanos = System.nanoTime() + limits.timePerTask().toNanos();
    }

    /**
     * Throws when the task is over (time limit, or ended by the engine), and when this thread's
     * branch was cancelled — which stops only that branch: its caller has already moved on.
     */
    void checkpoint() {
        if (cancelled || System.nanoTime() > deadlineNanos) {
            cancelled = true;
            throw new LimitExceeded(FailureKind.TIMEOUT, "time limit of " + limits.timePerTask().toMillis()
                    + " ms reached");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded(FailureKind.TIMEOUT, "branch cancelled");
        }
    }

    void cancel() {
        cancelled = true;
    }

    void countCall() {
        int n = calls.incrementAndGet();
        if (n > limits.callsPerTask()) {
            throw new LimitExceeded(FailureKind.CALL_LIMIT, "model call limit of " + limits.callsPerTask()
                    + " per task reached");
        }
    }

    int calls() {
        return Math.min(calls.get(), limits.callsPerTask());
    }

    String branch() {
        return branch.get();
    }

    /** Runs {@code body} as the given branch on the current thread, restoring the previous one after. */
    <T> T inBranch(String path, Callable<T> body) throws Exception {
        String previous = branch.get();
        branch.set(path);
        try {
            return working(() -> {
                checkpoint();
                return body.call();
            });
        } finally {
            branch.set(previous);
        }
    }

    /** Runs {@code body} with the current thread registered as working for this task. */
    <T> T working(Callable<T> body) throws Exception {
        Thread me = Thread.currentThread();
        synchronized (workers) {
            workers.merge(me, 1, Integer::sum);
        }
        try {
            return body.call();
        } finally {
            synchronized (workers) {
                workers.computeIfPresent(me, (t, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    /**
     * Stops threads still working for this task after it was cancelled: code inside the JDK or
     * the Groovy library (a long {@code sum()}, a backtracking regular expression) never reaches
     * a checkpoint. Returns how many threads were stopped, or -1 when this JVM can no longer stop
     * threads (Java 20 and later), where only a worker process contains such code.
     */
    boolean hasWorkers() {
        synchronized (workers) {
            return !workers.isEmpty();
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    int stopRunaways() {
        synchronized (workers) {
            int stopped = 0;
            for (Thread t : workers.keySet()) {
                try {
                    t.stop();
                    stopped++;
                } catch (UnsupportedOperationException e) {
                    return -1;
                }
            }
            return stopped;
        }
    }

    /** The sample number for the next identical prompt in the current branch: 0, 1, 2, … */
    int nextOccurrence(String promptKey) {
        return samples.computeIfAbsent(branch() + '\u0000' + promptKey, k -> new AtomicInteger()).getAndIncrement();
    }

    synchronized void record(TraceEvent event, Usage spent) {
        trace.add(event);
        usage = usage.plus(spent);
    }

    void log(String message) {
        long total = logChars.addAndGet(message.length());
        if (total > MAX_LOG_CHARS) {
            if (total - message.length() <= MAX_LOG_CHARS) {
                record(TraceEvent.log(branch(), "log limit of " + MAX_LOG_CHARS + " characters reached; later lines dropped"),
                        Usage.NONE);
            }
            return;
        }
        int n = logs.incrementAndGet();
        if (n < MAX_LOG_EVENTS) {
            record(TraceEvent.log(branch(), message), Usage.NONE);
        } else if (n == MAX_LOG_EVENTS) {
            record(TraceEvent.log(branch(), "log limit of " + MAX_LOG_EVENTS + " lines reached; later lines dropped"),
                    Usage.NONE);
        }
    }

    synchronized List<TraceEvent> trace() {
        return List.copyOf(trace);
    }

    synchronized Usage usage() {
        return usage;
    }
}
