package dev.metaforge.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulator's error model for working out a word problem. Each step goes wrong with a
 * per-step error rate; at low temperature the draw depends only on the problem (the same
 * mistake every time), at high temperature mostly on the sample (diverse mistakes, which
 * majority voting can outvote). Some problems are traps: the model misreads them the same way
 * whatever the temperature, and only feedback naming the wrong answer, or principles in view,
 * get it out. Told that an answer is wrong, the model works the problem again; when it arrives
 * at the same answer it keeps it only half the time ({@value #STANDS_GROUND}) and otherwise
 * gives another, as real models often do even when the answer was right: feedback is worth
 * what the judgement behind it is worth.
 */
final class SolverBehaviour {
    static final double BASE_STEP_ERROR = 0.12;
    static final double TRAP_RATE_PER_STEP = 0.05;
    static final double TRAP_STICKINESS = 0.85;
    static final double STANDS_GROUND = 0.5;

    private SolverBehaviour() {
    }

    /** Share of draws that come from the sample's own stream rather than the problem's. */
    static double diversity(double temperature) {
        return Math.min(1.0, temperature / 0.8) * 0.9;
    }

    static Attempt solve(WordProblem problem, double stepError, double trapRate, Set<Long> avoid,
                         SplittableRandom problemRng, SplittableRandom trapRng, SplittableRandom sampleRng,
                         double temperature) {
        boolean trapped = trapRng.nextDouble() < trapRate;
        int trapStep = trapRng.nextInt(problem.steps());
        long trapShift = 1 + trapRng.nextInt(3);
        SplittableRandom stream = sampleRng.nextDouble() < diversity(temperature) ? sampleRng : problemRng;
        boolean misreads = trapped && stream.nextDouble() < TRAP_STICKINESS;
        Attempt attempt = work(problem, stepError, stream, misreads ? trapStep : -1, trapShift);
        for (int retry = 0; retry < 3 && avoid.contains(attempt.answer()); retry++) {
            attempt = work(problem, stepError * 0.8, sampleRng, -1, trapShift);
        }
        boolean yields = avoid.contains(attempt.answer()) && sampleRng.nextDouble() >= STANDS_GROUND;
        return yields ? changed(attempt, avoid, sampleRng) : attempt;
    }

    /** Another answer than every one the prompt calls wrong: a slip in the last step. */
    private static Attempt changed(Attempt attempt, Set<Long> avoid, SplittableRandom rng) {
        long answer = attempt.answer();
        while (avoid.contains(answer)) {
            long delta = 1 + rng.nextInt(9);
            answer += rng.nextBoolean() ? delta : -delta;
        }
        List<String> steps = new ArrayList<>(attempt.steps());
        steps.add("That answer was called wrong, so I take " + answer + " instead.");
        return new Attempt(answer, steps, attempt.firstWrongStep() == 0 ? steps.size() - 1 : attempt.firstWrongStep());
    }

    private static Attempt work(WordProblem problem, double stepError, SplittableRandom rng, int misreadStep,
                                long misreadShift) {
        List<String> shown = new ArrayList<>();
        long total = problem.start();
        shown.add("Start with " + total + ".");
        int firstWrong = 0;
        List<Operation> ops = problem.operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            boolean misread = i == misreadStep;
            boolean slip = false;
            if (!misread && rng.nextDouble() < stepError) {
                if (rng.nextBoolean()) {
                    slip = true;
                } else {
                    misread = true;
                    misreadShift = 1 + rng.nextInt(3);
                }
            }
            Operation used = misread ? misreadOf(op, misreadShift) : op;
            long after = used.apply(total);
            if (slip) {
                long delta = 1 + rng.nextInt(9);
                after += rng.nextBoolean() ? delta : -delta;
            }
            if ((misread || slip) && firstWrong == 0) {
                firstWrong = i + 1;
            }
            shown.add("Step " + (i + 1) + ": " + used.show(total, after) + ".");
            total = after;
        }
        return new Attempt(total, shown, firstWrong);
    }

    private static Operation misreadOf(Operation op, long shift) {
        return switch (op.op()) {
            case '+' -> new Operation('-', op.operand());
            case '-' -> new Operation('+', op.operand());
            case '*' -> new Operation('*', op.operand() + shift);
            default -> new Operation('/', Math.max(1, op.operand() - 1));
        };
    }
}
