package dev.metaforge.search.mcts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.metaforge.archive.Origin;
import dev.metaforge.search.Candidate;
import dev.metaforge.search.Estimate;
import dev.metaforge.search.Objective;
import dev.metaforge.search.ScoreCard;
import dev.metaforge.search.SearchSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class UctSelectionTest {
    private static final SearchSettings S = SearchSettings.builder().build();
    private static int order;

    private static Candidate measured(double mean, int n) {
        double[] scores = new double[n];
        for (int i = 0; i < Math.round(mean * n); i++) {
            scores[i] = 1;
        }
        ScoreCard card = ScoreCard.of("val", scores, n, 0, 0, List.of(), 500, 1, 0);
        return new Candidate(++order, order, "d" + order, "src", Origin.SEED, List.of(), card, null);
    }

    private static TreeNode node(TreeNode parent, Candidate c, Estimate e) {
        TreeNode n = new TreeNode(++order, c, parent, e);
        n.visits = 1;
        n.sum = n.value(S);
        n.max = n.value(S);
        return n;
    }

    @Test
    void aConfidentEstimateWeighsLikeEightTasksAndFadesAsTasksArrive() {
        TreeNode root = new TreeNode(0, null, null, null);
        TreeNode early = node(root, measured(0.5, 8), new Estimate(1.0, 1.0, ""));
        assertThat(early.value(S)).isCloseTo(0.75, within(1e-9));
        TreeNode late = node(root, measured(0.5, 800), new Estimate(1.0, 1.0, ""));
        assertThat(late.value(S)).isCloseTo(0.505, within(0.001));
        TreeNode unsure = node(root, measured(0.5, 8), new Estimate(1.0, 0.0, ""));
        assertThat(unsure.value(S)).isCloseTo(0.5, within(1e-9));
        Candidate failed = new Candidate(99, 99, "broken", "src", Origin.META_AGENT, List.of(), null, "no");
        assertThat(new TreeNode(100, failed, root, null).value(S)).isZero();
    }

    @Test
    void underTheCostObjectiveEachDoublingOfCallsPerTaskCostsTheWeightInPoints() {
        double[] scores = new double[20];
        java.util.Arrays.fill(scores, 0, 18, 1);
        Candidate cheap = new Candidate(1, 1, "cheap", "src", Origin.SEED, List.of(),
                ScoreCard.of("val", scores, 20, 0, 0, List.of(), 500, 1, 0), null);
        Candidate costly = new Candidate(2, 2, "costly", "src", Origin.SEED, List.of(),
                ScoreCard.of("val", scores, 160, 0, 0, List.of(), 500, 1, 0), null);
        SearchSettings perCost = SearchSettings.builder().objective(Objective.ACCURACY_PER_COST).costWeight(2).build();
        assertThat(TreeNode.value(cheap, null, perCost)).isCloseTo(0.9, within(1e-9));
        assertThat(TreeNode.value(costly, null, perCost)).as("8 calls a task: three doublings of 2 points")
                .isCloseTo(0.84, within(1e-9));
        assertThat(TreeNode.value(costly, null, S)).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void aBackupAddsTheValueToEveryAncestorAndNamesTheNodesToStoreFromTheLeafUp() {
        TreeNode root = new TreeNode(0, null, null, null);
        TreeNode a = node(root, measured(0.5, 10), null);
        TreeNode b = node(a, measured(0.9, 10), null);
        int rootVisits = root.visits;
        assertThat(b.backup(0.7)).containsExactly(b, a);
        assertThat(a.visits).isEqualTo(2);
        assertThat(a.sum).isCloseTo(0.5 + 0.7, within(1e-9));
        assertThat(a.max).isCloseTo(0.7, within(1e-9));
        assertThat(b.max).isCloseTo(0.9, within(1e-9));
        assertThat(root.visits).isEqualTo(rootVisits + 1);
    }

    @Test
    void progressiveWideningAllowsMoreChildrenAsVisitsGrow() {
        TreeNode root = new TreeNode(0, null, null, null);
        TreeNode n = node(root, measured(0.8, 20), null);
        assertThat(UctSelection.expandable(n)).isTrue();
        node(n, measured(0.7, 20), null);
        assertThat(UctSelection.expandable(n)).isFalse();
        n.visits = 2;
        assertThat(UctSelection.expandable(n)).isTrue();
        node(n, measured(0.7, 20), null);
        node(n, measured(0.7, 20), null);
        n.visits = 100;
        assertThat(UctSelection.expandable(n)).as("at most three children").isFalse();
        assertThat(UctSelection.expandable(root)).as("the root holds no design").isFalse();
    }

    @Test
    void aFailedChildTakesNoWideningSlot() {
        TreeNode root = new TreeNode(0, null, null, null);
        TreeNode n = node(root, measured(0.8, 20), null);
        Candidate broken = new Candidate(500, 500, "broken", "src", Origin.META_AGENT, List.of(), null, "compile error");
        new TreeNode(501, broken, n, null);
        new TreeNode(502, broken, n, null);
        n.visits = 2;
        assertThat(UctSelection.expandable(n)).isTrue();
        node(n, measured(0.7, 20), null);
        node(n, measured(0.7, 20), null);
        assertThat(UctSelection.expandable(n)).isFalse();
    }

    @Test
    void prefersTheBetterNodeAndTheLessVisitedAndBreaksTiesByAge() {
        TreeNode root = new TreeNode(0, null, null, null);
        root.visits = 10;
        TreeNode good = node(root, measured(0.9, 100), null);
        TreeNode poor = node(root, measured(0.6, 100), null);
        assertThat(new UctSelection().select(List.of(poor, good))).contains(good);
        TreeNode twin = node(root, measured(0.9, 100), null);
        assertThat(new UctSelection().select(List.of(twin, good))).contains(good);
        good.visits = 4;
        good.sum = 4 * 0.9;
        good.children.clear();
        assertThat(UctSelection.score(good)).isLessThan(UctSelection.score(twin));
    }

    @Test
    void uncertaintyAddsABonusAndDepthATax() {
        TreeNode root = new TreeNode(0, null, null, null);
        root.visits = 10;
        TreeNode narrow = node(root, measured(0.8, 400), null);
        TreeNode wide = node(root, measured(0.8, 20), null);
        assertThat(UctSelection.score(wide)).isGreaterThan(UctSelection.score(narrow));
        TreeNode middle = node(root, measured(0.8, 400), null);
        middle.visits = 10;
        TreeNode deep = node(middle, measured(0.8, 400), null);
        assertThat(UctSelection.score(narrow) - UctSelection.score(deep))
                .isCloseTo(UctSelection.DELTA * (Math.sqrt(2) - 1), within(1e-9));
    }
}
