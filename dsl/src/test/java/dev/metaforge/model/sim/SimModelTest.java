package dev.metaforge.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimModelTest {
    private static final SimModel SIM = new SimModel(3);

    /** Problems of four steps with known answers, built from the controlled language. */
    private static List<String[]> problems(int n) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = 10 + i;
            int add = 3 + i % 7;
            int sub = 2 + i % 5;
            int answer = ((start + add) * 2 - sub) + 4 * 3;
            out.add(new String[] {"Kim has " + start + " pebbles. She finds " + add + " more. She doubles them. "
                    + "She loses " + sub + ". Each of 4 friends gives her 3 more. How many pebbles does Kim have now?",
                    String.valueOf(answer)});
        }
        return out;
    }

    private static double accuracy(Prompt.Builder template, List<String[]> problems) {
        int right = 0;
        for (String[] p : problems) {
            Prompt prompt = template.build();
            Prompt withText = Prompt.builder(p[0] + prompt.text()).role(prompt.role()).fields(prompt.fields())
                    .temperature(prompt.temperature()).build();
            right += SIM.complete(withText).fields().get("answer").equals(p[1]) ? 1 : 0;
        }
        return right / (double) problems.size();
    }

    @Test
    void parsesTheControlledLanguage() {
        WordProblem p = WordProblem.find("Omar has 36 cookies. He splits them equally into 4 boxes and keeps one box. "
                + "Then he bakes 10 more. Each of 2 friends gives him 3 more. He ends up with 2 times as many. "
                + "How many cookies does Omar have now?").orElseThrow();
        assertThat(p.steps()).isEqualTo(4);
        assertThat(p.answer()).isEqualTo(((36 / 4) + 10 + 6) * 2);
        assertThat(WordProblem.find("What is the capital of France?")).isEmpty();
    }

    @Test
    void sameSeedPromptAndSampleGiveTheSameReply() {
        Prompt p = Prompt.builder(problems(1).get(0)[0]).temperature(0.9).field("thinking", "t").field("answer", "a")
                .sample(5).build();
        ModelReply a = new SimModel(11).complete(p);
        ModelReply b = new SimModel(11).complete(p);
        assertThat(a.fields()).isEqualTo(b.fields());
        assertThat(a.simulated()).isTrue();
        assertThat(a.usage().promptTokens()).isPositive();
        assertThat(a.usage().cost()).isZero();
    }

    @Test
    void aReasoningFieldRaisesAccuracyAndARoleChangesNothing() {
        List<String[]> problems = problems(400);
        double plain = accuracy(Prompt.builder("").role("poet"), problems);
        double reasoning = accuracy(Prompt.builder("").field("thinking", "Think step by step.")
                .field("answer", "The answer."), problems);
        double professor = accuracy(Prompt.builder("").role("Math Professor").field("thinking", "Think step by step.")
                .field("answer", "The answer."), problems);
        assertThat(reasoning).isGreaterThan(plain + 0.05);
        assertThat(professor).isEqualTo(reasoning);
    }

    /** Accuracy at temperature 0 with {@code context(problem)} written under each question. */
    private static double accuracyWith(java.util.function.Function<String, String> context, List<String[]> problems) {
        int right = 0;
        for (String[] p : problems) {
            Prompt prompt = Prompt.builder(p[0] + "\n\n" + context.apply(p[0])).field("thinking", "t")
                    .field("answer", "a").build();
            right += SIM.complete(prompt).fields().get("answer").equals(p[1]) ? 1 : 0;
        }
        return right / (double) problems.size();
    }

    private static String principlesFor(String question) {
        return SIM.complete(Prompt.builder("What principles are involved?\n" + question).field("principles", "p").build())
                .fields().get("principles");
    }

    @Test
    void onlyPrinciplesTheModelWroteForThisProblemHelp() {
        List<String[]> problems = problems(400);
        String other = principlesFor("Leo has 3 pens. He buys 2 more. He doubles them. How many pens does Leo have now?");
        String forged = other.replaceAll("\\[sim principles [0-9a-f]+]", "[sim principles 0123456789ab]");
        double plain = accuracyWith(q -> "", problems);
        double own = accuracyWith(q -> "Principles to apply: " + principlesFor(q), problems);
        assertThat(own).isGreaterThan(plain + 0.03);
        assertThat(accuracyWith(q -> "Principles to apply: none.", problems)).isEqualTo(plain);
        assertThat(accuracyWith(q -> "Principles to apply: " + other, problems)).isEqualTo(plain);
        assertThat(accuracyWith(q -> "Principles to apply: " + forged, problems)).isEqualTo(plain);
        assertThat(accuracyWith(q -> "Principles to apply: " + principlesFor(q).replaceAll("\\[sim principles [0-9a-f]+]",
                ""), problems)).as("principles without the model's mark").isEqualTo(plain);
    }

    @Test
    void feedbackIsWorthWhatItsJudgementIsWorth() {
        List<String[]> problems = problems(400);
        double plain = accuracyWith(q -> "", problems);
        assertThat(accuracyWith(q -> "Feedback: the answer 0 is wrong.", problems)).isEqualTo(plain);
        double toldWrongWhenRight = accuracyWith(q -> "Feedback: the answer "
                + problems.stream().filter(p -> p[0].equals(q)).findFirst().orElseThrow()[1] + " is wrong.", problems);
        assertThat(toldWrongWhenRight).isLessThan(plain * 0.75);
    }

    @Test
    void highTemperatureErrorsAreDiverseSoMajorityVotingHelps() {
        int single = 0;
        int voted = 0;
        List<String[]> problems = problems(300);
        for (String[] p : problems) {
            Map<String, Integer> votes = new HashMap<>();
            String first = null;
            for (int s = 0; s < 7; s++) {
                Prompt prompt = Prompt.builder(p[0]).temperature(0.8).field("thinking", "t").field("answer", "a")
                        .sample(s).build();
                String answer = SIM.complete(prompt).fields().get("answer");
                first = first == null ? answer : first;
                votes.merge(answer, 1, Integer::sum);
            }
            String majority = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            single += first.equals(p[1]) ? 1 : 0;
            voted += majority.equals(p[1]) ? 1 : 0;
        }
        assertThat(voted).isGreaterThan(single + 10);
    }

    @Test
    void atTemperatureZeroSamplesRepeatTheSameMistake() {
        for (String[] p : problems(50)) {
            Prompt.Builder b = Prompt.builder(p[0]).field("answer", "a");
            assertThat(SIM.complete(b.sample(0).build()).fields()).isEqualTo(SIM.complete(b.sample(9).build()).fields());
        }
    }

    @Test
    void aCriticThatSeesAnArithmeticSlipUsuallySaysSo() {
        int caught = 0;
        int named = 0;
        List<String[]> problems = problems(200);
        for (int i = 0; i < problems.size(); i++) {
            int start = 10 + i;
            int add = 3 + i % 7;
            String slip = start + " + " + add + " = " + (start + add + 1);
            Prompt critic = Prompt.builder("Question: " + problems.get(i)[0] + "\nReasoning: Start with " + start
                    + ". Step 1: " + slip + ".\nProposed answer: " + (Integer.parseInt(problems.get(i)[1]) + 2))
                    .role("critic").field("feedback", "f").field("correct", "c").build();
            ModelReply reply = SIM.complete(critic);
            caught += reply.fields().get("correct").equals("False") ? 1 : 0;
            named += reply.fields().get("feedback").contains(slip) ? 1 : 0;
        }
        assertThat(caught).isGreaterThan(180);
        assertThat(named).isBetween(140, 180);
    }

    @Test
    void feedbackNamingAWrongAnswerStopsItBeingRepeated() {
        int wrongAtFirst = 0;
        for (String[] p : problems(200)) {
            String first = SIM.complete(Prompt.builder(p[0]).field("answer", "a").build()).fields().get("answer");
            if (first.equals(p[1])) {
                continue;
            }
            wrongAtFirst++;
            Prompt retry = Prompt.builder(p[0] + "\nAttempt 1: answer " + first + ". Feedback: the answer " + first
                    + " is wrong.").field("answer", "a").build();
            assertThat(SIM.complete(retry).fields().get("answer")).isNotEqualTo(first);
        }
        assertThat(wrongAtFirst).isPositive();
    }

    @Test
    void operationsInTheQuestionSentenceCount() {
        assertThat(WordProblem.find("Mia has 12 apples. She eats 2. If she buys 7 more, how many apples does she have?")
                .orElseThrow().answer()).isEqualTo(17);
    }

    @Test
    void hugeNumbersInAPromptAreIgnoredNotFatal() {
        Prompt p = Prompt.builder("Mia has 123456789012345678901 apples. She buys 7 more. How many apples does Mia "
                + "have now? Previous answer: 123456789012345678901234").field("answer", "a").build();
        assertThat(SIM.complete(p).fields().get("answer")).isEqualTo("I cannot work this out from the text given.");
    }

    @Test
    void aQuestionItCannotReadGetsAnHonestNonAnswer() {
        ModelReply r = SIM.complete(Prompt.builder("Who wrote Hamlet?").build());
        assertThat(r.fields().get("answer")).isEqualTo("I cannot work this out from the text given.");
    }
}
