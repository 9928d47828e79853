package dev.metaforge.samples;

import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.TaskResult;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Path;

/** Embedding an agent in a JVM program: compile a script, solve a task with a model. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static TaskResult solve(Path script, String question) throws Exception {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(42)).build()) {
            Agent agent = engine.compile(script);
            return agent.solve(question);
        }
    }

    public static void main(String[] args) throws Exception {
        TaskResult result = solve(Path.of(args.length > 0 ? args[0] : "samples/agents/cot-sc.agent.groovy"),
                "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?");
        System.out.println(result.ok() ? result.answer() : "failed: " + result.error());
    }
}
