package dev.metaforge.search;


/**
 * What a search maximises on validation. {@link #ACCURACY}: the mean score. {@link
 * #ACCURACY_PER_COST}: the mean score less {@code costWeight} points for every doubling of the
 * model calls a design makes per task, so of two designs that score the same the cheaper ranks
 * first, and a design must earn its extra calls (at the default weight of one point, twice the
 * calls must buy more than one point). Racing still drops a design only by its scores.
 */
public enum Objective {
    ACCURACY("accuracy"),
    ACCURACY_PER_COST("accuracy-per-cost");

    private final String label;

    Objective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Objective of(String label) {
        for (Objective o : values()) {
            if (o.label.equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("--objective takes accuracy or accuracy-per-cost, not " + label);
    }

    /** The fitness of a design measured at {@code mean} with {@code callsPerTask}; weight in points (1 = 0.01). */
    public double fitness(double mean, double callsPerTask, double costWeightPoints) {
        if (this == ACCURACY) {
            return mean;
        }
        return mean - costWeightPoints / 100 * Math.log(Math.max(1, callsPerTask)) / Math.log(2);
    }

    public double fitness(ScoreCard card, double costWeightPoints) {
        return card == null ? 0 : fitness(card.mean(), card.n() == 0 ? 0 : card.calls() / (double) card.n(),
                costWeightPoints);
    }

    @Override
    public String toString() {
        return label;
    }
}
