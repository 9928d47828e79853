package dev.metaforge.eval;

/** The Wilson score interval for a proportion: sound at small n and at 0 % or 100 %, unlike the normal approximation. */
public final class Wilson {
    private static final double Z95 = 1.959964;

    private Wilson() {
    }

    /** {low, high} of the 95 % interval for {@code successes} out of {@code n}. */
    public static double[] interval95(int successes, int n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = successes / (double) n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
