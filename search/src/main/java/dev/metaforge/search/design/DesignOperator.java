package dev.metaforge.search.design;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A structural edit of a design, made without a model. Each names what it does; {@link #apply}
 * returns the edited blueprint (possibly equal to the input when the edit is already at its
 * limit, which the proposer treats as "try another").
 */
public enum DesignOperator {
    ADD_SAMPLING("sample more answers and vote") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            int samples = b.samples() == 1 ? 3 : b.samples() + 2;
            return b.toBuilder().samples(samples).temperature(Math.max(b.temperature(), 0.7)).build();
        }
    },
    ADD_CRITIC("add a critic round that checks the answer and asks for a revision") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            Blueprint.Builder out = b.toBuilder().criticRounds(b.criticRounds() + 1);
            // a design that votes revises by voting too, or one noisy answer would overrule the vote
            return b.criticRounds() == 0 ? out.reviseSamples(Math.max(b.reviseSamples(), b.samples())).build()
                    : out.build();
        }
    },
    ADD_DEBATE("let the samples see each other's answers for a debate round") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            return b.toBuilder().samples(Math.max(3, b.samples())).temperature(Math.max(b.temperature(), 0.7))
                    .debateRounds(b.debateRounds() + 1).build();
        }
    },
    ADD_STEP_BACK("name the principles first and solve with them in view") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            return b.toBuilder().principles(true).build();
        }
    },
    ADD_REASONING("ask for the reasoning before the answer") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            return b.toBuilder().reasoning(true).build();
        }
    },
    WIDEN_REVISION("revise with several samples and a vote instead of one answer") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            return b.toBuilder().criticRounds(Math.max(1, b.criticRounds())).reviseSamples(b.reviseSamples() == 1 ? 3
                    : b.reviseSamples() + 2).temperature(Math.max(b.temperature(), 0.5)).build();
        }
    },
    CHANGE_TEMPERATURE("sample at another temperature") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            List<Double> choices = TEMPERATURES.stream().filter(t -> t != b.temperature()).toList();
            return b.toBuilder().temperature(choices.get(rng.nextInt(choices.size()))).build();
        }
    },
    CHANGE_ROLE("answer in another expert role") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            List<String> choices = ROLES.stream().filter(r -> !r.equals(b.role())).toList();
            return b.toBuilder().role(choices.get(rng.nextInt(choices.size()))).build();
        }
    },
    USE_EXPERT_ROLE("answer as an expert in the domain") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            return b.toBuilder().role(ROLES.get(1)).build();
        }
    },
    SIMPLIFY("drop a stage to save calls") {
        @Override
        Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng) {
            Blueprint.Builder out = b.toBuilder();
            if (b.debateRounds() > 0) {
                return out.debateRounds(b.debateRounds() - 1).build();
            }
            if (b.criticRounds() > 1) {
                return out.criticRounds(b.criticRounds() - 1).build();
            }
            return b.samples() > 1 ? out.samples(b.samples() - 2).build() : out.criticRounds(0).build();
        }
    },
    COMBINE("combine this design with another archived one, stage by stage") {
        @Override
        Blueprint edit(Blueprint b, Blueprint o, SplittableRandom rng) {
            return new Blueprint(pick(rng, b.reasoning(), o.reasoning()), pick(rng, b.principles(), o.principles()),
                    pick(rng, b.role(), o.role()), pick(rng, b.samples(), o.samples()),
                    pick(rng, b.temperature(), o.temperature()), pick(rng, b.debateRounds(), o.debateRounds()),
                    pick(rng, b.criticRounds(), o.criticRounds()), pick(rng, b.reviseSamples(), o.reviseSamples()));
        }
    };

    /** Temperatures an edit may choose. */
    public static final List<Double> TEMPERATURES = List.of(0.0, 0.3, 0.5, 0.8, 1.0);
    /** Roles an edit may choose; the empty role is the model's default, the second is the domain's expert. */
    public static final List<String> ROLES = List.of("", "Math Professor", "Grade School Teacher", "Careful Accountant");

    private final String description;

    DesignOperator(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The edited blueprint; {@code other} is a second parent, used only by {@link #COMBINE}. */
    public Blueprint apply(Blueprint b, Blueprint other, SplittableRandom rng) {
        return edit(b, other == null ? b : other, rng);
    }

    abstract Blueprint edit(Blueprint b, Blueprint other, SplittableRandom rng);

    private static <T> T pick(SplittableRandom rng, T a, T b) {
        return rng.nextBoolean() ? a : b;
    }
}
