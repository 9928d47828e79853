package dev.metaforge.workers;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Hazelcast configuration of a cluster member: named after its archive, so that clusters of
 * two archives never mix; joined over TCP to the members the archive lists (no multicast, no
 * cloud discovery); quick to notice a member that died (heartbeat every second, gone after
 * {@value #GONE_AFTER_SECONDS} s); quiet (no logging, no phone-home); and one executor, whose
 * pool on a worker is the worker's concurrency.
 */
final class ClusterConfig {
    static final String EXECUTOR = "metaforge-tasks";
    static final int GONE_AFTER_SECONDS = 6;

    private ClusterConfig() {
    }

    static Config member(String cluster, String host, int port, List<String> members, boolean lite, int concurrency,
                         Map<String, Object> context) {
        Config config = new Config().setClusterName(cluster).setLiteMember(lite).setInstanceName(cluster + "-"
                + (lite ? "search" : "worker") + "-" + System.nanoTime());
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(GONE_AFTER_SECONDS));
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "10");
        // members that started apart (a worker while the others were out of reach) find each other soon
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        config.setProperty("hazelcast.partition.count", "17"); // no data is kept: fewer partitions start sooner
        // nothing reads the member's metrics or health reports: collecting them is CPU every few seconds
        config.getMetricsConfig().setEnabled(false);
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        config.setProperty("hazelcast.local.localAddress", host);
        config.setProperty("hazelcast.socket.bind.any", "false");
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(true).setPortCount(200);
        network.getInterfaces().setEnabled(true).addInterface(host);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members.isEmpty() ? List.of(host) : members);
        config.getExecutorConfig(EXECUTOR).setPoolSize(Math.max(1, concurrency)).setQueueCapacity(0);
        config.setUserContext(new ConcurrentHashMap<>(context));
        // a member takes Java-serialized objects from the network: only a task may arrive that way
        config.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                .setWhitelist(new ClassFilter().addClasses(SolveTask.class.getName())));
        return config;
    }

    /** The cluster's name for an archive location: a short digest, so that passwords in URLs stay out of it. */
    static String nameFor(String archiveLocation) {
        return "metaforge-" + dev.metaforge.archive.SourceHash.of(archiveLocation).substring(0, 12);
    }
}
