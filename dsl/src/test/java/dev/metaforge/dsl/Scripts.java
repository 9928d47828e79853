package dev.metaforge.dsl;

import dev.metaforge.model.sim.SimModel;
import java.time.Duration;

/** Helpers for tests: an engine on sim and a way to wrap a solve body into a whole script. */
final class Scripts {
    static final String APPLES = "Mia has 12 apples. She buys 7 more. How many apples does Mia have now?";

    private Scripts() {
    }

    static AgentEngine engine() {
        return AgentEngine.builder().model(new SimModel(7)).seed(7)
                .limits(RunLimits.DEFAULT.withTimePerTask(Duration.ofSeconds(5))).build();
    }

    static String agent(String solveBody) {
        return "agent('Test') {\n    solve { task ->\n" + solveBody + "\n    }\n}\n";
    }
}
