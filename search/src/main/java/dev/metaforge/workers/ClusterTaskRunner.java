package dev.metaforge.workers;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import dev.metaforge.dsl.FailureKind;
import dev.metaforge.dsl.RunLimits;
import dev.metaforge.dsl.Task;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.dsl.TaskRunner;
import dev.metaforge.dsl.isolate.TaskMessages;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Usage;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends each task to the least busy worker of the archive's cluster and waits for its result. A
 * task whose worker leaves (killed, cut off) goes to another worker: it was never counted, since
 * only a result returned counts. The model given with a task is not called here: each worker
 * answers with its own.
 */
public final class ClusterTaskRunner implements TaskRunner {
    private static final int ATTEMPTS = 5;
    private final String location;
    private final String host;
    private volatile ClusterMembership membership;
    private volatile IExecutorService executor;
    private long lastRejoin = System.nanoTime();
    private final Duration waitForWorker;
    private final Map<UUID, AtomicInteger> busy = new ConcurrentHashMap<>();
    private final AtomicInteger retried = new AtomicInteger();

    private ClusterTaskRunner(String location, String host, Duration waitForWorker) {
        this.location = location;
        this.host = host;
        this.waitForWorker = waitForWorker;
        this.membership = member(location, host);
        this.executor = membership.instance.getExecutorService(ClusterConfig.EXECUTOR);
    }

    /** Joins the cluster of the archive at {@code location} from {@code host}, as a member that takes no tasks. */
    public static ClusterTaskRunner join(String location, String host, Duration waitForWorker) {
        return new ClusterTaskRunner(location, host, waitForWorker);
    }

    private static ClusterMembership member(String location, String host) {
        return ClusterMembership.join(location, "search", "hands out tasks", host, 5801, true, 1, Map.of());
    }

    /**
     * Seeing no worker while the archive lists some alive means this member came up beside the
     * cluster rather than in it (it joined while the workers were still forming theirs): it joins
     * again, at most every few seconds.
     */
    private synchronized void rejoinIfApart() {
        if (!workers().isEmpty() || System.nanoTime() - lastRejoin < java.util.concurrent.TimeUnit.SECONDS.toNanos(3)
                || !membership.workersListed()) {
            return;
        }
        lastRejoin = System.nanoTime();
        ClusterMembership apart = membership;
        membership = member(location, host);
        executor = membership.instance.getExecutorService(ClusterConfig.EXECUTOR);
        apart.close();
    }

    @Override
    public TaskResult run(String source, String fileName, Task task, long seed, RunLimits limits, LanguageModel model) {
        String request = TaskMessages.request(source, fileName, task, seed, limits);
        String lost = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Member> worker = leastBusyWorker();
            if (worker.isEmpty()) {
                return failed(task, "no worker in the cluster within " + waitForWorker.toSeconds() + " s; start one with "
                        + "metaforge worker --archive (the same archive)");
            }
            AtomicInteger load = busy.computeIfAbsent(worker.get().getUuid(), k -> new AtomicInteger());
            load.incrementAndGet();
            try {
                String answer = executor.<String>submitToMember(new SolveTask(request), worker.get()).get();
                return TaskMessages.result(answer);
            } catch (ExecutionException e) {
                if (refused(e.getCause())) {
                    return failed(task, "the worker at " + worker.get().getAddress() + " refused the task: "
                            + firstLine(e.getCause()));
                }
                lost = "its worker at " + worker.get().getAddress() + " left (" + firstLine(e.getCause() != null
                        ? e.getCause() : e) + ")";
            } catch (RejectedExecutionException | HazelcastInstanceNotActiveException e) {
                lost = "its worker at " + worker.get().getAddress() + " turned it away";
            } catch (IllegalArgumentException e) {
                return failed(task, "the worker's result could not be read: " + firstLine(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new TaskResult(task.getId(), null, FailureKind.TIMEOUT, "interrupted", List.of(), 0, Usage.NONE, 0);
            } finally {
                load.decrementAndGet();
            }
            retried.incrementAndGet();
        }
        return failed(task, "the task was lost " + ATTEMPTS + " times; last, " + lost);
    }

    /** The worker with the fewest tasks in flight from here, waiting up to the set time for one to join. */
    private Optional<Member> leastBusyWorker() {
        long until = System.nanoTime() + waitForWorker.toNanos();
        while (true) {
            List<Member> present = workers();
            busy.keySet().removeIf(id -> present.stream().noneMatch(m -> m.getUuid().equals(id)) && busy.get(id).get() == 0);
            Optional<Member> best = present.stream().min(Comparator.comparingInt(
                    m -> busy.computeIfAbsent(m.getUuid(), k -> new AtomicInteger()).get()));
            if (best.isPresent() || System.nanoTime() > until) {
                return best;
            }
            rejoinIfApart();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The members that take tasks. */
    public List<Member> workers() {
        return membership.instance.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).toList();
    }

    /** Tasks sent again because their worker left or turned them away. */
    public int retried() {
        return retried.get();
    }

    /**
     * Whether the worker itself turned the task down. A worker never throws for what a script does
     * (that is a failed result), so anything else thrown on the way is the worker or the link going
     * away, and the task is sent again.
     */
    private static boolean refused(Throwable cause) {
        return cause instanceof IllegalStateException || cause instanceof IllegalArgumentException;
    }

    private static TaskResult failed(Task task, String why) {
        return new TaskResult(task.getId(), null, FailureKind.RUNTIME, why, List.of(), 0, Usage.NONE, 0);
    }

    private static String firstLine(Throwable t) {
        String m = t == null ? "unknown" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    @Override
    public void close() {
        membership.close();
    }
}
