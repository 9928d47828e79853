package dev.metaforge.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.Models;
import dev.metaforge.model.Provider;
import org.junit.jupiter.api.Test;

/** Every provider in the registry has its contract test here; a new provider must add one. */
class ProvidersUnderContractTest {
    @Test
    void everyRegisteredProviderIsUnderContract() {
        assertThat(Models.PROVIDERS.stream().map(Provider::name)).containsExactly("sim", "openai", "anthropic");
    }
}
