package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedDifferencesTest {
    @Test
    void aConsistentDifferenceIsEstablishedWithTheExactPermutationP() {
        PairedDifferences d = PairedDifferences.of(new double[] {0.90, 0.92, 0.95, 0.91, 0.93, 0.94},
                new double[] {0.85, 0.86, 0.90, 0.88, 0.87, 0.89});
        assertThat(d.mean()).isCloseTo(0.05, within(1e-9));
        assertThat(d.p()).isCloseTo(2.0 / 64, within(1e-12)); // only all-plus and all-minus are as extreme
        assertThat(d.low()).isGreaterThan(0);
        assertThat(d.established(0.05)).isTrue();
        assertThat(d.established(0.01)).isFalse();
    }

    @Test
    void differencesOfBothSignsAreNotEstablished() {
        PairedDifferences d = PairedDifferences.of(new double[] {0.90, 0.85, 0.95, 0.88, 0.91},
                new double[] {0.88, 0.90, 0.93, 0.89, 0.90});
        assertThat(d.low()).isLessThan(0);
        assertThat(d.high()).isGreaterThan(0);
        assertThat(d.p()).isGreaterThan(0.3);
        assertThat(d.established(0.05)).isFalse();
    }

    @Test
    void oneRepeatEstablishesNothingAndUnpairedDataIsRefused() {
        assertThat(PairedDifferences.of(new double[] {1}, new double[] {0}).established(0.05)).isFalse();
        assertThatThrownBy(() -> PairedDifferences.of(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("same number of repeats");
    }
}
