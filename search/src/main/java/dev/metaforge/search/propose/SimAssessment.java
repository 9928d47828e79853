package dev.metaforge.search.propose;

import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.DesignOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated designer's judgement: a prior over techniques (what a reader of the agent
 * literature believes helps, not what the simulator's arithmetic rewards exactly), the critique
 * it writes, how it reads a critique back into an edit, and the mistakes it makes in code.
 */
final class SimAssessment {
    /** A weakness, the sentence that names it, and the edit that addresses it. */
    private record Weakness(String critique, String cue, DesignOperator fix) {
    }

    private static final List<Weakness> WEAKNESSES = List.of(
            new Weakness("It answers without reasoning; ask for the steps before the answer.", "without reasoning",
                    DesignOperator.ADD_REASONING),
            new Weakness("A single sample: one slip decides the answer; sample several answers at a higher "
                    + "temperature and vote.", "single sample", DesignOperator.ADD_SAMPLING),
            new Weakness("Nothing checks the voted answer, so a misreading shared by every sample survives the vote; "
                    + "add a critic that checks it and asks for a revision.", "nothing checks", DesignOperator.ADD_CRITIC),
            new Weakness("No principles stage: problems that mislead every sample stay wrong; name the principles "
                    + "first (step-back).", "principles stage", DesignOperator.ADD_STEP_BACK),
            new Weakness("Revisions are single answers with the same error rate; revise with several samples and "
                    + "a vote.", "revisions are single", DesignOperator.WIDEN_REVISION),
            new Weakness("No expert role; answer as a mathematics expert.", "no expert role",
                    DesignOperator.USE_EXPERT_ROLE),
            new Weakness("The role it answers in is not a mathematics expert; answer as one.", "not a mathematics expert",
                    DesignOperator.USE_EXPERT_ROLE),
            new Weakness("The remaining errors are rare misreadings; another critic round may catch some.",
                    "another critic round", DesignOperator.ADD_CRITIC));

    /** Roles this designer takes for experts in arithmetic. */
    private static final java.util.regex.Pattern EXPERT = java.util.regex.Pattern.compile(
            "(?i)math|arithmetic|professor|teacher|tutor");

    private SimAssessment() {
    }

    static Map<String, String> assess(String code, SplittableRandom rng) {
        Blueprint b = BlueprintReader.read(code);
        double v = 0.5 + (b.reasoning() ? 0.12 : 0) + (b.principles() ? 0.04 : 0)
                + 0.05 * Math.min(3, Math.log(b.samples()) / Math.log(2)) + 0.05 * Math.min(2, b.criticRounds())
                + (b.reviseSamples() > 1 ? 0.02 : 0) + (b.debateRounds() > 0 ? 0.02 : 0) + (b.role().isEmpty() ? 0 : 0.01)
                + 0.06 * gaussian(rng);
        double confidence = 0.4 + 0.2 * rng.nextDouble();
        List<Weakness> present = present(b);
        Weakness named = rng.nextDouble() < 0.6 ? present.get(0) : present.get(rng.nextInt(present.size()));
        return Map.of("critique", named.critique(),
                "score", String.valueOf(Math.round(100 * Math.max(0, Math.min(1, v)))),
                "confidence", String.valueOf(Math.round(100 * confidence)));
    }

    /** The edit a critique suggests, if it names a weakness this designer knows. */
    static Optional<DesignOperator> suggestion(String critique) {
        String text = critique.toLowerCase(Locale.ROOT);
        return WEAKNESSES.stream().filter(w -> text.contains(w.cue())).map(Weakness::fix).findFirst();
    }

    /** The script with one mistake: a misspelt call, a missing closing brace, or a field never asked for. */
    static String breakScript(String code, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> code.replaceFirst("majority\\(", "majorty(");
            case 1 -> code.substring(0, code.lastIndexOf('}'));
            default -> code.replaceFirst("samples\\*\\.answer\\)", "samples*.verdict)");
        };
    }

    private static List<Weakness> present(Blueprint b) {
        List<Weakness> out = new ArrayList<>();
        if (!b.reasoning()) {
            out.add(WEAKNESSES.get(0));
        }
        if (b.samples() == 1) {
            out.add(WEAKNESSES.get(1));
        }
        if (b.criticRounds() == 0) {
            out.add(WEAKNESSES.get(2));
        }
        if (!b.principles()) {
            out.add(WEAKNESSES.get(3));
        }
        if (b.criticRounds() > 0 && b.reviseSamples() == 1) {
            out.add(WEAKNESSES.get(4));
        }
        if (b.role().isEmpty()) {
            out.add(WEAKNESSES.get(5));
        } else if (!EXPERT.matcher(b.role()).find()) {
            out.add(WEAKNESSES.get(6));
        }
        out.add(WEAKNESSES.get(7));
        return out;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = Math.max(1e-12, rng.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
