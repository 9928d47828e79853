package dev.metaforge.eval;

/**
 * Paired differences of two strategies over the same repeats (repeat i of each ran with the same
 * seeds): the mean difference with a 95 % t-interval, and an exact two-sided sign-flip permutation
 * p-value — under "no difference" each pair's sign is a coin toss, so every one of the 2^n sign
 * patterns is equally likely (n ≤ 20; a seeded sample of 100,000 patterns beyond).
 */
public record PairedDifferences(int n, double mean, double low, double high, double p) {
    /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
        2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048, 2.045, 2.042};

    public static PairedDifferences of(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired differences need the same number of repeats on both sides, "
                    + "at least one: " + a.length + " and " + b.length);
        }
        int n = a.length;
        double[] d = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
            sum += d[i];
        }
        double mean = sum / n;
        double half = 0;
        if (n > 1) {
            double ss = 0;
            for (double x : d) {
                ss += (x - mean) * (x - mean);
            }
            half = (n - 1 <= T95.length ? T95[n - 2] : 1.96) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        }
        return new PairedDifferences(n, mean, mean - half, mean + half, signFlipP(d));
    }

    /** Whether the data separate the two at level {@code alpha}: the interval excludes 0 and p is below alpha. */
    public boolean established(double alpha) {
        return n > 1 && p < alpha && (low > 0 || high < 0);
    }

    private static double signFlipP(double[] d) {
        double observed = Math.abs(sum(d)) - 1e-12;
        int n = d.length;
        long extreme = 0;
        long total;
        if (n <= 20) {
            total = 1L << n;
            for (long mask = 0; mask < total; mask++) {
                extreme += Math.abs(flipped(d, mask)) >= observed ? 1 : 0;
            }
        } else {
            total = 100_000;
            java.util.SplittableRandom rng = new java.util.SplittableRandom(n);
            for (long i = 0; i < total; i++) {
                double s = 0;
                for (double x : d) {
                    s += rng.nextBoolean() ? x : -x;
                }
                extreme += Math.abs(s) >= observed ? 1 : 0;
            }
        }
        return extreme / (double) total;
    }

    private static double flipped(double[] d, long mask) {
        double s = 0;
        for (int i = 0; i < d.length; i++) {
            s += (mask >> i & 1) == 1 ? -d[i] : d[i];
        }
        return s;
    }

    private static double sum(double[] d) {
        double s = 0;
        for (double x : d) {
            s += x;
        }
        return s;
    }
}
