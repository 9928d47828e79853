package dev.metaforge.model.contract;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.RateLimitedModel;
import dev.metaforge.model.sim.SimModel;
import java.time.Duration;

/** The client-side limits over the simulator, tight enough that callers queue (3 in flight). */
class RateLimitedModelContractTest extends LanguageModelContract {
    @Override
    protected LanguageModel model() {
        return new RateLimitedModel(new SimModel(7), 10_000, 0, 3, Duration.ofMinutes(1));
    }
}
