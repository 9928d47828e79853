package dev.metaforge.dsl.sandbox;

/**
 * A script that passed every check: its verified main class, the agent's declared name and
 * description, and the hash of its source.
 */
public record CompiledScript(Class<?> scriptClass, String agentName, String description, String sourceHash) {
}
