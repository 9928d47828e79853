package dev.metaforge.search.mcts;

import dev.metaforge.search.Candidate;
import dev.metaforge.search.Estimate;
import dev.metaforge.search.ScoreCard;
import dev.metaforge.search.SearchSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the search tree: a design with the value agent's estimate, visits N, the sum W and
 * maximum M of the values propagated through it. The root holds no design; the seeds are its
 * children. {@link #value()} mixes the estimate with the measurement (MASTER): a confident
 * estimate counts like {@value #ESTIMATE_WEIGHT} evaluated tasks until measurements outweigh it.
 */
public final class TreeNode {
    static final double ESTIMATE_WEIGHT = 8;
    final int order;
    final Candidate candidate;
    final TreeNode parent;
    final Estimate estimate;
    final List<TreeNode> children = new ArrayList<>();
    final int depth;
    int visits;
    double sum;
    double max;
    long archiveId;

    TreeNode(int order, Candidate candidate, TreeNode parent, Estimate estimate) {
        this.order = order;
        this.candidate = candidate;
        this.parent = parent;
        this.estimate = estimate;
        this.depth = parent == null ? 0 : parent.depth + 1;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * V = (k·c·v + n·μ) / (k·c + n), then the objective's cost term for the calls per task measured;
     * 0 for a design that failed; the estimate alone before any task.
     */
    public double value(SearchSettings settings) {
        return candidate == null ? 0 : value(candidate, estimate, settings);
    }

    /** V for {@code c} as measured so far, with {@code estimate} (null: none). */
    static double value(Candidate c, Estimate estimate, SearchSettings settings) {
        if (c.failed()) {
            return 0;
        }
        ScoreCard card = c.validation();
        int n = card.n();
        double kc = ESTIMATE_WEIGHT * (estimate == null ? 0 : estimate.confidence());
        double v = estimate == null ? 0 : estimate.value();
        double mixed = kc + n == 0 ? 0 : (kc * v + n * card.mean()) / (kc + n);
        return settings.objective().fitness(mixed, n == 0 ? 0 : card.calls() / (double) n, settings.costWeight());
    }

    /** Half the interval's width once measured, 0.5·(1 − c) before. */
    double sigma() {
        if (candidate == null || candidate.failed() || candidate.validation().n() == 0) {
            return 0.5 * (1 - (estimate == null ? 0 : estimate.confidence()));
        }
        return candidate.validation().halfWidth();
    }

    /** Q = ½·W/N + ½·M. */
    double q() {
        return visits == 0 ? 0 : 0.5 * sum / visits + 0.5 * max;
    }

    /**
     * Adds {@code value} to this node and every ancestor (N += 1, W += V, M = max(M, V)) and
     * returns the nodes that hold a design, from this one up; nothing else changes.
     */
    List<TreeNode> backup(double value) {
        List<TreeNode> touched = new ArrayList<>();
        for (TreeNode n = this; n != null; n = n.parent) {
            n.visits++;
            n.sum += value;
            n.max = Math.max(n.max, value);
            if (!n.isRoot()) {
                touched.add(n);
            }
        }
        return touched;
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The critique of the most recently evaluated child, or this node's own: fed to the next expansion. */
    String critiqueForExpansion() {
        for (int i = children.size() - 1; i >= 0; i--) {
            TreeNode child = children.get(i);
            if (child.estimate != null && !child.estimate.critique().isBlank()) {
                return "A sibling design, " + child.candidate.name() + " (" + (child.candidate.failed() ? "failed"
                        : child.candidate.validation().describe()) + "), was reviewed: " + child.estimate.critique()
                        + (estimate == null || estimate.critique().isBlank() ? "" : "\nThis design's review: "
                        + estimate.critique());
            }
        }
        return estimate == null ? "" : estimate.critique();
    }

    public Candidate candidate() {
        return candidate;
    }

    public List<TreeNode> children() {
        return List.copyOf(children);
    }

    public int visits() {
        return visits;
    }
}
