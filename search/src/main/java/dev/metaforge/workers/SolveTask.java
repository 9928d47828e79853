package dev.metaforge.workers;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.concurrent.Callable;

/** One task sent to a worker as text, run there with the worker's {@link WorkerRuntime}. */
final class SolveTask implements Callable<String>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;
    private final String request;
    private transient HazelcastInstance instance;

    SolveTask(String request) {
        this.request = request;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.instance = instance;
    }

    @Override
    public String call() {
        Object runtime = instance.getUserContext().get(WorkerRuntime.KEY);
        if (!(runtime instanceof WorkerRuntime worker)) {
            throw new IllegalStateException("this member takes no tasks");
        }
        return worker.solve(request);
    }
}
