package dev.metaforge.model.contract;

import dev.metaforge.model.CachingModel;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.ResponseCache;
import dev.metaforge.model.sim.SimModel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The cache over the simulator, with a cache held in memory (the archive's is tested in its module). */
class CachingModelContractTest extends LanguageModelContract {
    @Override
    protected LanguageModel model() {
        Map<String, ModelReply> entries = new ConcurrentHashMap<>();
        return new CachingModel(new SimModel(7), new ResponseCache() {
            @Override
            public Optional<ModelReply> get(String key) {
                return Optional.ofNullable(entries.get(key));
            }

            @Override
            public void put(String key, String model, String request, ModelReply reply) {
                entries.put(key, reply);
            }
        }, CachingModel.Mode.READWRITE);
    }
}
