package dev.metaforge.dsl.isolate;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.sim.SimModel;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;

/**
 * The model a worker process sees, its calls carried as wire lines (written and read as the
 * worker and the engine do) to an engine side that answers with the simulator on its own threads.
 */
class RemoteModelContractTest extends LanguageModelContract {
    private final ExecutorService engine = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @Override
    protected LanguageModel model() {
        SimModel sim = new SimModel(7);
        AtomicReference<RemoteModel> remote = new AtomicReference<>();
        remote.set(new RemoteModel(sim.name(), sim.simulated(), message -> {
            String line = Wire.write(message);
            engine.submit(() -> {
                Map<String, Object> request = Wire.read(line);
                long id = Wire.number(request, "id").longValue();
                String answer = Wire.write(Wire.reply(id, sim.complete(Wire.promptOf(request))));
                remote.get().deliver(Wire.read(answer));
            });
        }));
        return remote.get();
    }
}
