package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelValueEstimatorTest {
    @Test
    void readsPercentAndFractions() {
        assertThat(ModelValueEstimator.percent("85")).isCloseTo(0.85, within(1e-12));
        assertThat(ModelValueEstimator.percent("85%")).isCloseTo(0.85, within(1e-12));
        assertThat(ModelValueEstimator.percent("0.85")).isCloseTo(0.85, within(1e-12));
        assertThat(ModelValueEstimator.percent("1")).isCloseTo(0.01, within(1e-12));
        assertThat(ModelValueEstimator.percent("1.0")).isCloseTo(1.0, within(1e-12));
        assertThat(ModelValueEstimator.percent("100")).isCloseTo(1.0, within(1e-12));
    }
}
