package dev.metaforge.search;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.search.propose.MetaPrompt;
import java.util.List;

/**
 * Asks a model to assess a design: expected score and confidence (0–100 each) and a critique
 * of its main weakness, SWE-Search's value agent with MASTER's confidence. A reply that cannot
 * be read gives no estimate (zero confidence) rather than stopping the search.
 */
public final class ModelValueEstimator implements ValueEstimator {
    private final LanguageModel model;

    public ModelValueEstimator(LanguageModel model) {
        this.model = model;
    }

    @Override
    public Estimate estimate(SearchSession session, Candidate c) {
        Prompt prompt = Prompt.builder(MetaPrompt.assess(session.domain(), c.asArchived(),
                        c.validation() == null ? List.of() : c.validation().failures()))
                .role("agent reviewer").temperature(0).seed(session.settings().seed()).sample(c.index())
                .field("critique", "The design's main weakness and the change most likely to fix it.")
                .field("score", "Expected share of tasks solved, 0 to 100.")
                .field("confidence", "Confidence in that estimate, 0 to 100.").build();
        try {
            ModelReply reply = model.complete(prompt);
            session.spend(1, reply.usage().totalTokens(), reply.usage().cost());
            return new Estimate(percent(reply.fields().get("score")), percent(reply.fields().get("confidence")),
                    reply.fields().get("critique"));
        } catch (ModelException e) {
            session.spend(1, 0, 0);
            return Estimate.none("no estimate: " + e.getMessage());
        } catch (NumberFormatException e) {
            return Estimate.none("no estimate: the score or confidence was not a number");
        }
    }

    /** A share from "85", "85%" or "0.85": a number with a decimal point up to 1 is a fraction, else percent. */
    static double percent(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9.]", "");
        double v = Double.parseDouble(digits);
        return digits.contains(".") && v <= 1 ? v : v / 100;
    }
}
