package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignQuery;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.sim.SimModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Loads the classes the everyday commands need, in a throwaway directory. The launcher runs it
 * once after each build with the JVM recording class data, so that later runs start faster.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, description = "Load the classes everyday commands use (run by the launcher).")
final class WarmUpCommand implements Callable<Integer> {
    private static final String SCRIPT = "agent('Warm') {\n  solve { task -> majority(parallel(2) { i -> "
            + "ask(task.question, fields: [thinking: 'T', answer: 'A']).answer }) }\n}\n";

    @Override
    public Integer call() throws Exception {
        try (TempDirectory dir = new TempDirectory("metaforge-warm-up");
             Archive archive = Archive.open(dir.resolve("archive").toString());
             AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build()) {
            engine.compile(SCRIPT, "warm.groovy").solve("Mia has 12 apples. She buys 7 more. How many apples does Mia have now?");
            archive.designs().add(NewDesign.builder("Warm", SCRIPT).build());
            archive.designs().list(DesignQuery.all());
            Json.write(archive.runs().all());
        }
        return 0;
    }
}
