package dev.metaforge.search.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The building blocks of a reasoning agent, as values a search can change one at a time:
 * whether it reasons aloud, names principles first (step-back), which expert role it takes, how
 * many samples it votes over and at what temperature, how many debate rounds its samples
 * hold, and how many critic-and-revise rounds follow (with how many samples per revision). A role
 * keeps only letters, digits and single spaces, so that it can never leave the string or comment
 * it is written into.
 * {@link BlueprintRenderer} turns one into an agent script; {@link BlueprintReader} recovers one
 * from a script. Immutable; change it with {@link #toBuilder()}.
 */
public record Blueprint(boolean reasoning, boolean principles, String role, int samples, double temperature,
                        int debateRounds, int criticRounds, int reviseSamples) {
    public static final int MAX_SAMPLES = 9;
    public static final int MAX_DEBATE_ROUNDS = 3;
    public static final int MAX_CRITIC_ROUNDS = 5;

    public Blueprint {
        Objects.requireNonNull(role, "role (empty for none)");
        role = role.replaceAll("[^A-Za-z0-9 ]", "").replaceAll(" +", " ").trim();
        samples = clamp(samples, 1, MAX_SAMPLES);
        reviseSamples = clamp(reviseSamples, 1, MAX_SAMPLES);
        debateRounds = clamp(debateRounds, 0, MAX_DEBATE_ROUNDS);
        criticRounds = clamp(criticRounds, 0, MAX_CRITIC_ROUNDS);
        temperature = Math.max(0, Math.min(1.2, Math.round(temperature * 10) / 10.0));
    }

    /** One chain of thought: reasoning, no role, one sample at temperature 0. */
    public static Blueprint chainOfThought() {
        return new Blueprint(true, false, "", 1, 0.0, 0, 0, 1);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Model calls per task when every critic round runs: a cost ceiling. */
    public int maxCalls() {
        return (principles ? 1 : 0) + samples * (1 + debateRounds) + criticRounds * (1 + reviseSamples);
    }

    /** A short description in words, used for a design's {@code describe} line. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (principles) {
            parts.add("step-back principles");
        }
        parts.add(samples == 1 ? "one " + (reasoning ? "reasoned " : "") + "answer"
                : samples + (reasoning ? " reasoned" : "") + " samples at temperature " + format(temperature)
                + " with a majority vote");
        if (!role.isEmpty()) {
            parts.add("as " + role);
        }
        if (debateRounds > 0) {
            parts.add(debateRounds + " debate round" + (debateRounds > 1 ? "s" : ""));
        }
        if (criticRounds > 0) {
            parts.add("up to " + criticRounds + " critic round" + (criticRounds > 1 ? "s" : "") + " revising with "
                    + (reviseSamples == 1 ? "one answer" : reviseSamples + " samples"));
        }
        String text = String.join(", ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A short title, e.g. {@code Step-back Vote×5 Critic×2 T0.8}; designs are told apart by source, not title. */
    public String title() {
        List<String> parts = new ArrayList<>();
        if (principles) {
            parts.add("Step-back");
        }
        parts.add(samples == 1 ? (reasoning ? "CoT" : "Direct") : (reasoning ? "CoT " : "") + "Vote×" + samples);
        if (debateRounds > 0) {
            parts.add("Debate×" + debateRounds);
        }
        if (criticRounds > 0) {
            parts.add("Critic×" + criticRounds + (reviseSamples > 1 ? "/" + reviseSamples : ""));
        }
        parts.add("T" + format(temperature));
        if (!role.isEmpty()) {
            parts.add("(" + role + ")");
        }
        return String.join(" ", parts);
    }

    /** The compact form written into a rendered script's first line, read back by {@link BlueprintReader}. */
    public String encode() {
        return String.format(Locale.ROOT, "reasoning=%s principles=%s role=%s samples=%d temperature=%s debate=%d "
                        + "critic=%d revise=%d", reasoning, principles, role.isEmpty() ? "-" : role.replace(' ', '_'),
                samples, format(temperature), debateRounds, criticRounds, reviseSamples);
    }

    static String format(double t) {
        return t == Math.rint(t) ? String.valueOf((int) t) + ".0" : String.valueOf(t);
    }

    private static int clamp(int v, int low, int high) {
        return Math.max(low, Math.min(high, v));
    }

    /** Mutable builder over a starting blueprint. */
    public static final class Builder {
        private boolean reasoning;
        private boolean principles;
        private String role;
        private int samples;
        private double temperature;
        private int debateRounds;
        private int criticRounds;
        private int reviseSamples;

        private Builder(Blueprint b) {
            reasoning = b.reasoning;
            principles = b.principles;
            role = b.role;
            samples = b.samples;
            temperature = b.temperature;
            debateRounds = b.debateRounds;
            criticRounds = b.criticRounds;
            reviseSamples = b.reviseSamples;
        }

        public Builder reasoning(boolean v) {
            reasoning = v;
            return this;
        }

        public Builder principles(boolean v) {
            principles = v;
            return this;
        }

        public Builder role(String v) {
            role = v;
            return this;
        }

        public Builder samples(int v) {
            samples = v;
            return this;
        }

        public Builder temperature(double v) {
            temperature = v;
            return this;
        }

        public Builder debateRounds(int v) {
            debateRounds = v;
            return this;
        }

        public Builder criticRounds(int v) {
            criticRounds = v;
            return this;
        }

        public Builder reviseSamples(int v) {
            reviseSamples = v;
            return this;
        }

        public Blueprint build() {
            return new Blueprint(reasoning, principles, role, samples, temperature, debateRounds, criticRounds,
                    reviseSamples);
        }
    }
}
