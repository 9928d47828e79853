/**
 * Evaluation spread over machines on Hazelcast's distributed executor: {@code metaforge worker}
 * processes join a cluster that meets through the archive ({@link dev.metaforge.archive.ClusterMembers}),
 * and a search or evaluation hands them whole tasks through {@link dev.metaforge.workers.ClusterTaskRunner},
 * a {@link dev.metaforge.dsl.TaskRunner}. Each worker answers with its own model; the search keeps
 * racing, budgets and every decision.
 */
package dev.metaforge.workers;
