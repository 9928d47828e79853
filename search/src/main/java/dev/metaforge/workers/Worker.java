package dev.metaforge.workers;

import dev.metaforge.model.LanguageModel;
import java.util.Map;
import java.util.function.LongFunction;

/** A running worker: a member of its archive's cluster that runs the tasks sent to it. */
public final class Worker implements AutoCloseable {
    private final ClusterMembership membership;
    private final WorkerRuntime runtime;

    private Worker(ClusterMembership membership, WorkerRuntime runtime) {
        this.membership = membership;
        this.runtime = runtime;
    }

    /**
     * Joins the cluster of the archive at {@code location}, listening on {@code host} from {@code port}
     * up, running {@code concurrency} tasks at once with the model {@code models} opens for a seed.
     */
    public static Worker start(String location, String host, int port, int concurrency, String modelLabel,
                               LongFunction<LanguageModel> models) {
        WorkerRuntime runtime = new WorkerRuntime(models);
        ClusterMembership membership = ClusterMembership.join(location, "worker", concurrency + " at a time, model "
                + modelLabel, host, port, false, concurrency, Map.of(WorkerRuntime.KEY, runtime));
        return new Worker(membership, runtime);
    }

    /** {@code host:port}. */
    public String address() {
        return membership.address;
    }

    /** Tasks finished so far. */
    public long done() {
        return runtime.done();
    }

    @Override
    public void close() {
        membership.close();
        runtime.close();
    }
}
