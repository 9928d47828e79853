package dev.metaforge.search;

import java.time.Duration;

/**
 * How a search runs: its seed; its budget (model calls, tokens, money, wall time and the number of
 * new designs; 0 = no limit); racing batches; how many tasks run at once; bootstrap resamples;
 * how many finalists are measured on the test split; and after how many iterations without a
 * change in the top-3 mean it stops; and what it maximises (the objective, with the points of
 * accuracy a doubling of calls per task costs). Immutable; see {@link #builder()} for the defaults.
 */
public record SearchSettings(long seed, long budgetCalls, long budgetTokens, double budgetCost, Duration budgetTime,
                             int maxDesigns, int firstBatch, int batchStep, int concurrency, int resamples, int finalists,
                             int patience, Objective objective, double costWeight) {

    /** A design's fitness by this search's objective. */
    public double fitness(ScoreCard card) {
        return objective.fitness(card, costWeight);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder with the defaults of {@code metaforge search}. */
    public static final class Builder {
        private long seed = 42;
        private long budgetCalls = 150_000;
        private long budgetTokens;
        private double budgetCost;
        private Duration budgetTime = Duration.ZERO;
        private int maxDesigns = 50;
        private int firstBatch = 20;
        private int batchStep = 20;
        private int concurrency = 8;
        private int resamples = 2_000;
        private int finalists = 3;
        private int patience = 15;
        private Objective objective = Objective.ACCURACY;
        private double costWeight = 1;

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder budgetCalls(long v) {
            budgetCalls = v;
            return this;
        }

        public Builder budgetTokens(long v) {
            budgetTokens = v;
            return this;
        }

        public Builder budgetCost(double v) {
            budgetCost = v;
            return this;
        }

        public Builder budgetTime(Duration v) {
            budgetTime = v;
            return this;
        }

        public Builder maxDesigns(int v) {
            maxDesigns = v;
            return this;
        }

        public Builder firstBatch(int v) {
            firstBatch = v;
            return this;
        }

        public Builder batchStep(int v) {
            batchStep = v;
            return this;
        }

        public Builder concurrency(int v) {
            concurrency = v;
            return this;
        }

        public Builder resamples(int v) {
            resamples = v;
            return this;
        }

        public Builder finalists(int v) {
            finalists = v;
            return this;
        }

        public Builder patience(int v) {
            patience = v;
            return this;
        }

        public Builder objective(Objective v) {
            objective = v;
            return this;
        }

        public Builder costWeight(double v) {
            costWeight = v;
            return this;
        }

        public SearchSettings build() {
            if (costWeight < 0 || Double.isNaN(costWeight)) {
                throw new IllegalArgumentException("the cost weight must be 0 or more points, not " + costWeight);
            }
            if (firstBatch < 1 || batchStep < 1 || concurrency < 1 || finalists < 1 || patience < 1) {
                throw new IllegalArgumentException("batches, concurrency, finalists and patience must be at least 1");
            }
            return new SearchSettings(seed, budgetCalls, budgetTokens, budgetCost, budgetTime, maxDesigns, firstBatch,
                    batchStep, concurrency, resamples, finalists, patience, objective, costWeight);
        }
    }
}
