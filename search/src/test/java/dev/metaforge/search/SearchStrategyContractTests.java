package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The strategy contract run against every strategy in the registry; a new one must be added here. */
class SearchStrategyContractTests {
    @Test
    void everyRegisteredStrategyIsUnderContract() {
        assertThat(SearchStrategies.names()).containsExactly("mcts", "adas", "random");
    }

    @Nested
    class Mcts extends SearchStrategyContract {
        protected String strategy() {
            return "mcts";
        }
    }

    @Nested
    class Adas extends SearchStrategyContract {
        protected String strategy() {
            return "adas";
        }
    }

    @Nested
    class Random extends SearchStrategyContract {
        protected String strategy() {
            return "random";
        }
    }
}
