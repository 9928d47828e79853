package dev.metaforge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void matchesPublishedValues() {
        double[] ci = Wilson.interval95(81, 263);
        assertThat(ci[0]).isCloseTo(0.2553, within(5e-4));
        assertThat(ci[1]).isCloseTo(0.3662, within(5e-4));
    }

    @Test
    void staysInsideZeroAndOneAtTheEdges() {
        assertThat(Wilson.interval95(0, 10)[0]).isZero();
        assertThat(Wilson.interval95(0, 10)[1]).isCloseTo(0.2775, within(5e-4));
        assertThat(Wilson.interval95(10, 10)[1]).isCloseTo(1.0, within(1e-12));
        assertThat(Wilson.interval95(10, 10)[0]).isCloseTo(0.7225, within(5e-4));
        assertThat(Wilson.interval95(0, 0)).containsExactly(0, 1);
    }
}
