package dev.metaforge.eval;

import dev.metaforge.dsl.AnswerText;

/** 1 when the answers are equal after normalisation (case, spaces, a final full stop, number format). */
public final class ExactScorer implements Scorer {
    @Override
    public double score(String answer, String gold) {
        return answer != null && gold != null && AnswerText.normalise(answer).equals(AnswerText.normalise(gold)) ? 1 : 0;
    }

    @Override
    public String name() {
        return "exact";
    }
}
