package dev.metaforge.search.mcts;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the node to expand over the whole tree at once (as SWE-Search does):
 * S = Q + C·√(ln(N_parent + 1) / (N + 1)) + β·σ − δ·√depth, among nodes that may still take a
 * child under progressive widening (fewer than ⌈√N⌉ children that did not fail, at most 3). Rewards are on [0, 1]
 * so the exploration term matters. Ties go to the older node.
 */
public final class UctSelection {
    /** The default exploration constant C. */
    public static final double C = 0.05;
    static final double BETA = 0.5;
    static final double DELTA = 0.02;
    static final int MAX_CHILDREN = 3;
    private final double exploration;

    public UctSelection() {
        this(C);
    }

    /** A selection with exploration constant {@code c} in place of {@link #C}. */
    public UctSelection(double c) {
        this.exploration = c;
    }

    Optional<TreeNode> select(List<TreeNode> nodes) {
        TreeNode best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TreeNode n : nodes) {
            if (!expandable(n)) {
                continue;
            }
            double s = score(n, exploration);
            if (s > bestScore || s == bestScore && n.order < best.order) {
                best = n;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean expandable(TreeNode n) {
        if (n.isRoot() || n.candidate.failed()) {
            return false;
        }
        int allowed = Math.min(MAX_CHILDREN, (int) Math.ceil(Math.sqrt(Math.max(1, n.visits))));
        // a failed child takes no slot: it can never be built on, and counting it would starve the node
        return n.children.stream().filter(c -> !c.candidate.failed()).count() < allowed;
    }

    static double score(TreeNode n) {
        return score(n, C);
    }

    static double score(TreeNode n, double c) {
        int parentVisits = n.parent.visits;
        return n.q() + c * Math.sqrt(Math.log(parentVisits + 1.0) / (n.visits + 1.0)) + BETA * n.sigma()
                - DELTA * Math.sqrt(n.depth);
    }
}
