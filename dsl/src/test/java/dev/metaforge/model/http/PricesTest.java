package dev.metaforge.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PricesTest {
    @Test
    void aDatedOrLatestNameTakesItsFamilysPriceUnlessItHasItsOwn() {
        assertThat(Prices.DEFAULT.price("gpt-4o-2024-08-06")).containsExactly(2.50, 10.00, 1.25);
        assertThat(Prices.DEFAULT.price("gpt-4o-mini-2024-07-18")).containsExactly(0.15, 0.60, 0.075);
        assertThat(Prices.DEFAULT.price("claude-3-5-haiku-20241022")).containsExactly(0.80, 4.00, 0.08);
        assertThat(Prices.DEFAULT.price("gpt-4o-audio-preview")).isNull();
        Prices own = Prices.DEFAULT.with("gpt-4o-2024-05-13", new double[] {5.0, 15.0});
        assertThat(own.price("gpt-4o-2024-05-13")).containsExactly(5.0, 15.0);
        assertThat(new Prices(Map.of()).cost("gpt-4o-2024-08-06", 1000, 1000, 0)).isZero();
        Prices two = new Prices(Map.of("x-2024-01-01", new double[] {1, 1}, "x-2025-01-01", new double[] {2, 2}));
        assertThat(two.price("x-latest")).as("the latest dated member decides").containsExactly(2, 2);
    }

    @Test
    void cachedTokensCostTheCachedPriceAndNeverMoreThanThePrompt() {
        Prices p = new Prices(Map.of("m", new double[] {2.0, 8.0, 0.5}));
        assertThat(p.cost("m", 1_000_000, 0, 400_000)).isEqualTo(600_000 * 2.0 / 1e6 + 400_000 * 0.5 / 1e6);
        assertThat(p.cost("m", 100, 0, 500)).as("cached tokens are part of the prompt").isEqualTo(100 * 0.5 / 1e6);
        Prices twoPrices = new Prices(Map.of("m", new double[] {2.0, 8.0}));
        assertThat(twoPrices.cost("m", 1000, 10, 800)).isEqualTo((1000 * 2.0 + 10 * 8.0) / 1e6);
    }
}
