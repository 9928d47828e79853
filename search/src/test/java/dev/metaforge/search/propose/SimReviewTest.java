package dev.metaforge.search.propose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.Prompt;
import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintRenderer;
import dev.metaforge.search.design.DesignOperator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated reviewer judges from the code and the failed tasks its prompt shows, never from a comment. */
class SimReviewTest {
    private static final String VOTE = BlueprintRenderer.render(Blueprint.chainOfThought().toBuilder().samples(5)
            .temperature(0.8).build(), "Vote");

    private static Map<String, String> review(String code, List<FailedTask> failures) {
        return new SimDesigner(4, 0).complete(Prompt.builder(MetaPrompt.assess("arithmetic",
                        new ArchivedDesign(3, 1, "Under review", code, 0.7, 0.6, 0.8, 100), failures))
                .field("critique", "c").field("score", "s").field("confidence", "c").build()).fields();
    }

    private static FailedTask failed(String... calls) {
        return new FailedTask("Mia has 12 apples. She buys 7 more. How many apples does Mia have now?", "18", null,
                List.of(calls));
    }

    @Test
    void samplesThatDisagreeOnTheFailuresAskForMoreSamples() {
        String critique = review(VOTE, List.of(
                failed("[helpful assistant] answer=18", "[helpful assistant] answer=19", "[helpful assistant] answer=18"),
                failed("[helpful assistant] answer=4", "[helpful assistant] answer=5", "[helpful assistant] answer=4")))
                .get("critique");
        assertThat(critique).contains(SimReview.DISAGREED).contains("18, 19");
        assertThat(SimAssessment.suggestion(critique, Blueprint.chainOfThought())).contains(DesignOperator.ADD_SAMPLING);
    }

    @Test
    void samplesThatAgreeOnAWrongAnswerAskForACheckAndThenForPrinciples() {
        FailedTask shared = failed("[helpful assistant] answer=18", "[helpful assistant] answer=18");
        String critique = review(VOTE, List.of(shared, shared)).get("critique");
        assertThat(critique).contains(SimReview.SHARED);
        Blueprint withCritic = Blueprint.chainOfThought().toBuilder().samples(5).temperature(0.8).criticRounds(1).build();
        assertThat(SimAssessment.suggestion(critique, Blueprint.chainOfThought())).contains(DesignOperator.ADD_CRITIC);
        assertThat(SimAssessment.suggestion(critique, withCritic)).contains(DesignOperator.ADD_STEP_BACK);
    }

    @Test
    void aCheckThatAcceptedAWrongAnswerIsNamed() {
        FailedTask accepted = failed("[helpful assistant] answer=18", "[critic] correct=True");
        String critique = review(VOTE, List.of(accepted, accepted, failed("[helpful assistant] answer=3"))).get("critique");
        assertThat(critique).contains(SimReview.ACCEPTED);
    }

    @Test
    void withoutFailuresItSuggestsSomethingCheaper() {
        assertThat(review(VOTE, List.of()).get("critique")).contains(SimReview.ALL_RIGHT);
    }

    @Test
    void errorsComeFirstAndAreQuoted() {
        String critique = review(VOTE, List.of(new FailedTask("q", null, "no field 'verdict' in the reply"),
                new FailedTask("q", null, "no field 'verdict' in the reply"))).get("critique");
        assertThat(critique).contains(SimReview.ERRORS).contains("no field 'verdict'");
    }

    @Test
    void aBlueprintCommentThatLiesChangesNothing() {
        String cot = BlueprintRenderer.render(Blueprint.chainOfThought(), "CoT");
        String lying = cot.replaceFirst("samples=1", "samples=9").replaceFirst("critic=0", "critic=5")
                .replaceFirst("principles=false", "principles=true");
        List<FailedTask> lone = List.of(failed("[helpful assistant] answer=18"), failed("[helpful assistant] answer=3"));
        String rich = BlueprintRenderer.render(Blueprint.chainOfThought().toBuilder().samples(9).temperature(0.8)
                .criticRounds(5).principles(true).build(), "Rich");
        assertThat(lying).isNotEqualTo(cot);
        assertThat(review(lying, lone).get("critique")).isEqualTo(review(cot, lone).get("critique")).contains(SimReview.LONE);
        assertThat(meanScore(lying, lone)).isCloseTo(meanScore(cot, lone), org.assertj.core.data.Offset.offset(3.0))
                .isLessThan(meanScore(rich, lone) - 10);
    }

    /** The reviewer's estimate averaged over 40 reviewer seeds, so that its noise averages out. */
    private static double meanScore(String code, List<FailedTask> failures) {
        double sum = 0;
        for (long seed = 0; seed < 40; seed++) {
            sum += Integer.parseInt(new SimDesigner(seed, 0).complete(Prompt.builder(MetaPrompt.assess("arithmetic",
                            new ArchivedDesign(3, 1, "Under review", code, 0.7, 0.6, 0.8, 100), failures))
                    .field("critique", "c").field("score", "s").field("confidence", "c").build()).fields().get("score"));
        }
        return sum / 40;
    }
}
