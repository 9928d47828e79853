package dev.metaforge.eval;

import dev.metaforge.dsl.AnswerText;

/** Compares an agent's answer with a gold answer in normal form (see {@link AnswerText}). */
public final class Answers {
    private Answers() {
    }

    public static boolean matches(Object answer, String gold) {
        return answer != null && gold != null && AnswerText.normalise(answer).equals(AnswerText.normalise(gold));
    }
}
