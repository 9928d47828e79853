package dev.metaforge.search.propose;

import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.DesignOperator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated reviewer and the designer's reading of a review. The reviewer reads the script
 * as code (what it asks, how many samples, whether something checks the answer — never a comment
 * the script carries) and the failed tasks its prompt shows; it estimates a score from general
 * beliefs about what helps, with noise and a middling confidence, and writes the critique
 * {@link SimReview} derives from the failures. Also here: the mistakes the designer makes in code.
 */
final class SimAssessment {
    private static final List<String> CUES = List.of(SimReview.NO_WORK, SimReview.LONE, SimReview.DISAGREED,
            SimReview.COPIES, SimReview.SHARED, SimReview.ACCEPTED, SimReview.REVISIONS, SimReview.ALL_RIGHT);

    private SimAssessment() {
    }

    /** A review of the design under review in {@code section}: its code block and its failed tasks. */
    static Map<String, String> assess(String code, String section, SplittableRandom rng) {
        Blueprint b = BlueprintReader.fromCode(code);
        double v = 0.5 + (b.reasoning() ? 0.12 : 0) + (b.principles() ? 0.04 : 0)
                + 0.05 * Math.min(3, Math.log(b.samples()) / Math.log(2)) + 0.05 * Math.min(2, b.criticRounds())
                + (b.reviseSamples() > 1 ? 0.02 : 0) + (b.debateRounds() > 0 ? 0.02 : 0)
                + 0.06 * gaussian(rng);
        double confidence = 0.4 + 0.2 * rng.nextDouble();
        SimReview.Finding finding = SimReview.critique(b, SimReview.failures(section));
        return Map.of("critique", finding.critique(),
                "score", String.valueOf(Math.round(100 * Math.max(0, Math.min(1, v)))),
                "confidence", String.valueOf(Math.round(100 * confidence)));
    }

    /** The edit a critique asks for, if it uses words this designer recognises. */
    static Optional<DesignOperator> suggestion(String critique, Blueprint parent) {
        String text = critique.toLowerCase(Locale.ROOT);
        return CUES.stream().filter(text::contains).findFirst().map(cue -> switch (cue) {
            case SimReview.NO_WORK -> DesignOperator.ADD_REASONING;
            case SimReview.LONE, SimReview.DISAGREED -> DesignOperator.ADD_SAMPLING;
            case SimReview.COPIES -> DesignOperator.CHANGE_TEMPERATURE;
            case SimReview.SHARED -> parent.criticRounds() == 0 ? DesignOperator.ADD_CRITIC
                    : parent.principles() ? DesignOperator.WIDEN_REVISION : DesignOperator.ADD_STEP_BACK;
            case SimReview.ACCEPTED -> parent.principles() ? DesignOperator.ADD_CRITIC : DesignOperator.ADD_STEP_BACK;
            case SimReview.REVISIONS -> DesignOperator.WIDEN_REVISION;
            default -> DesignOperator.SIMPLIFY;
        });
    }

    /** The script with one mistake: a misspelt call, a missing closing brace, or a field never asked for. */
    static String breakScript(String code, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> code.replaceFirst("majority\\(", "majorty(");
            case 1 -> code.substring(0, code.lastIndexOf('}'));
            default -> code.replaceFirst("samples\\*\\.answer\\)", "samples*.verdict)");
        };
    }

    private static double gaussian(SplittableRandom rng) {
        double u = Math.max(1e-12, rng.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
