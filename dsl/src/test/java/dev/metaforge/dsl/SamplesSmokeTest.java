package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.sim.SimModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SamplesSmokeTest {
    @Test
    void allSamplesRun() throws Exception {
        try (AgentEngine engine = AgentEngine.builder().model(new SimModel(1)).build();
             Stream<Path> files = Files.list(Path.of("../samples/agents"))) {
            for (Path f : files.sorted().toList()) {
                try {
                    Agent a = engine.compile(f);
                    TaskResult r = a.solve("Mia has 12 apples. She buys 7 more. How many apples does Mia have now?");
                    System.out.println(f + " -> " + r.answer() + " " + r.failure() + " " + r.error() + " calls=" + r.calls());
                    if (f.toString().contains("refine")) r.trace().stream().limit(3).forEach(System.out::println);
                } catch (dev.metaforge.dsl.sandbox.CompilationFailed e) {
                    System.out.println(e.getMessage());
                }
            }
        }
        assertThat(true).isTrue();
    }
}
