package dev.metaforge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * AFlow's choice of the design to build on: among the best four plus the first design,
 * p = λ/n + (1 − λ)·softmax(α·(s − s_max)) with fitness s on 0–100, λ = 0.3, α = 0.2 — mostly the
 * best, sometimes another, never only one.
 */
final class AflowSelection {
    static final double LAMBDA = 0.3;
    static final double ALPHA = 0.2;

    static Candidate pick(List<Candidate> ranked, Candidate first, java.util.function.ToDoubleFunction<Candidate> fitness,
                          SplittableRandom rng) {
        List<Candidate> pool = new ArrayList<>(ranked.stream().limit(4).toList());
        if (first != null && !first.failed() && pool.stream().noneMatch(c -> c.designId() == first.designId())) {
            pool.add(first);
        }
        double max = pool.stream().mapToDouble(c -> 100 * fitness.applyAsDouble(c)).max().orElse(0);
        double[] weights = pool.stream().mapToDouble(c -> Math.exp(ALPHA * (100 * fitness.applyAsDouble(c) - max)))
                .toArray();
        double total = java.util.Arrays.stream(weights).sum();
        double u = rng.nextDouble();
        for (int i = 0; i < pool.size(); i++) {
            u -= LAMBDA / pool.size() + (1 - LAMBDA) * weights[i] / total;
            if (u < 0) {
                return pool.get(i);
            }
        }
        return pool.get(pool.size() - 1);
    }
}
