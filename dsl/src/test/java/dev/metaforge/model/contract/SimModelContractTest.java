package dev.metaforge.model.contract;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.LanguageModelContract;
import dev.metaforge.model.sim.SimModel;

class SimModelContractTest extends LanguageModelContract {
    @Override
    protected LanguageModel model() {
        return new SimModel(7);
    }
}
