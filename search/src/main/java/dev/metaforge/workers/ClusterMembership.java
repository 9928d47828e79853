package dev.metaforge.workers;

import com.hazelcast.cluster.Address;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ClusterMembers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This process as a member of its archive's cluster: joined through the addresses the archive
 * lists, recorded there while it lives (renewed every second), and removed when it leaves.
 */
final class ClusterMembership implements AutoCloseable {
    private static final Duration LATELY = Duration.ofSeconds(ClusterConfig.GONE_AFTER_SECONDS * 2L);
    final HazelcastInstance instance;
    final String address;
    private final Archive archive;
    private final long id;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "metaforge-cluster-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private ClusterMembership(Archive archive, HazelcastInstance instance, String role, String detail) {
        this.archive = archive;
        this.instance = instance;
        Address local = instance.getCluster().getLocalMember().getAddress();
        this.address = local.getHost() + ":" + local.getPort();
        this.id = archive.clusterMembers().join(address, role, detail);
        heartbeat.scheduleWithFixedDelay(this::beat, 1, 1, TimeUnit.SECONDS);
    }

    /** Joins the cluster of the archive at {@code location}, listening on {@code host} from {@code port} up. */
    static ClusterMembership join(String location, String role, String detail, String host, int port, boolean lite,
                                  int concurrency, Map<String, Object> context) {
        // Hazelcast reads its logging choice once, before any configuration: a command line says nothing of its own
        System.setProperty("hazelcast.logging.type", "none");
        Archive archive = Archive.open(location);
        try {
            List<String> members = archive.clusterMembers().seenWithin(LATELY).stream().map(ClusterMembers.Member::address)
                    .distinct().toList();
            HazelcastInstance instance = Hazelcast.newHazelcastInstance(ClusterConfig.member(
                    ClusterConfig.nameFor(archive.location()), host, port, members, lite, concurrency, context));
            return new ClusterMembership(archive, instance, role, detail);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** Whether the archive lists a worker alive lately. */
    boolean workersListed() {
        try {
            return archive.clusterMembers().seenWithin(LATELY).stream().anyMatch(m -> m.role().equals("worker"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void beat() {
        try {
            archive.clusterMembers().alive(id);
        } catch (RuntimeException e) {
            // the archive is out of reach for a moment: the cluster itself goes on, the next beat tries again
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            archive.clusterMembers().leave(id);
        } catch (RuntimeException e) {
            // the row ages out of the members seen lately
        }
        instance.shutdown();
        archive.close();
    }
}
