package dev.metaforge.model.sim;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * {@code sim}: a seeded simulator of a language model for arithmetic word problems, so that
 * agents can be run and searched offline. It works the problem out from the prompt's text with
 * an error model that responds to what the design does (see {@link SolverBehaviour} and the
 * README): a reasoning field, temperature, independent samples, answers shown and answers
 * called wrong (it avoids those, right or not), and — only when they are its own, for this
 * problem — principles it wrote ({@link Marks}) and worked steps shown to a critic. Words in a prompt earn nothing. It never sees a gold answer. Same seed, prompt and sample give the same
 * reply. Everything it returns is marked simulated.
 */
public final class SimModel implements LanguageModel {
    private static final Pattern OPTION_SPLIT = Pattern.compile("[,;\\n]|\\bor\\b");
    private static final Pattern EXPERT = Pattern.compile("(?i)math|arithmetic|professor|teacher|tutor");
    private static final Map<Character, String> PRINCIPLE_OF = Map.of(
            '+', "buying, finding or receiving more adds to the total",
            '-', "giving away, losing or using some subtracts from it",
            '*', "doubling or 'times as many' multiplies it",
            '/', "sharing equally and keeping one share divides it");

    static final double CRITIC_SEES_SLIP = 0.8;
    static final double CRITIC_ERROR = 0.8;
    static final double CRITIC_WITH_REASONING = 0.75;
    static final double CRITIC_SHARES_TRAPS = 0.7;

    private final long seed;
    private final Duration latency;
    private final Marks marks;

    public SimModel(long seed) {
        this(seed, Duration.ZERO);
    }

    public SimModel(long seed, Duration latency) {
        this.seed = seed;
        this.latency = latency;
        this.marks = new Marks(seed);
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        pause();
        PromptReading reading = new PromptReading(prompt, marks);
        long promptHash = Seeds.hash(prompt.role() + '\u0000' + prompt.text() + '\u0000' + prompt.fields()
                + '\u0000' + prompt.temperature());
        long base = Seeds.mix(seed, prompt.seed());
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<WordProblem> problem = reading.problem;
        boolean critic = reading.hasFieldOf(prompt.fields().keySet(), FieldKind.VERDICT);
        Attempt own = null;
        Verdict verdict = null;
        if (problem.isPresent()) {
            WordProblem p = problem.get();
            long problemKey = Seeds.mix(base, Seeds.hash(p.canonical()));
            SplittableRandom sampleRng = new SplittableRandom(Seeds.mix(problemKey, promptHash, prompt.sample()));
            SplittableRandom trapRng = new SplittableRandom(Seeds.mix(problemKey, 7));
            if (critic) {
                verdict = judge(prompt, reading, p, problemKey, trapRng, sampleRng);
            } else {
                own = answer(prompt, reading, p, problemKey, trapRng, sampleRng);
            }
        }
        for (Map.Entry<String, String> field : prompt.fields().entrySet()) {
            fields.put(field.getKey(), fill(FieldKind.of(field.getKey()), field.getValue(), prompt, own, verdict,
                    problem));
        }
        String text = render(fields);
        Usage usage = new Usage(tokens(prompt.text()) + tokens(prompt.role()) + tokens(prompt.fields().toString()),
                tokens(text), 0.0);
        return new ModelReply(text, fields, usage, name(), true);
    }

    private record Verdict(boolean correct, String feedback) {
    }

    private Attempt answer(Prompt prompt, PromptReading reading, WordProblem p, long problemKey,
                           SplittableRandom trapRng, SplittableRandom sampleRng) {
        Set<Long> avoid = new HashSet<>(reading.rejected);
        if (reading.asksForDifferentAnswer) {
            avoid.addAll(reading.candidates);
        }
        Attempt own = SolverBehaviour.solve(p, stepError(prompt, reading), trapRate(p, reading), avoid,
                new SplittableRandom(Seeds.mix(problemKey, 1)), trapRng, sampleRng, prompt.temperature());
        List<Long> open = reading.candidates.stream().filter(c -> !avoid.contains(c)).toList();
        if (!open.isEmpty() && !open.contains(own.answer()) && sampleRng.nextDouble() < 0.5) {
            long popular = mostFrequent(open);
            return new Attempt(popular, List.of("Most answers so far say " + popular + "."), 0);
        }
        return own;
    }

    private Verdict judge(Prompt prompt, PromptReading reading, WordProblem p, long problemKey,
                          SplittableRandom trapRng, SplittableRandom sampleRng) {
        if (reading.candidates.isEmpty()) {
            return new Verdict(false, "There is no answer to check; give a final answer first.");
        }
        long candidate = reading.candidates.get(reading.candidates.size() - 1);
        Optional<String> slip = reading.wrongShownStep();
        if (slip.isPresent() && sampleRng.nextDouble() < CRITIC_SEES_SLIP) {
            return new Verdict(false, "The answer " + candidate + " is wrong: the step '" + slip.get()
                    + "' has an arithmetic mistake. ");
        }
        double error = stepError(prompt, reading) * CRITIC_ERROR * (reading.workShown ? CRITIC_WITH_REASONING : 1.0);
        Attempt check = SolverBehaviour.solve(p, error, trapRate(p, reading) * CRITIC_SHARES_TRAPS, Set.of(),
                new SplittableRandom(Seeds.mix(problemKey, 2)), trapRng, sampleRng, prompt.temperature());
        if (check.answer() == candidate) {
            return new Verdict(true, "The answer " + candidate + " is correct.");
        }
        return new Verdict(false, "The answer " + candidate + " is wrong; recheck each step against the question. "
               );
    }

    static double stepError(Prompt prompt, PromptReading reading) {
        double e = SolverBehaviour.BASE_STEP_ERROR;
        if (reading.reasoningRequested) {
            e *= 0.5;
        }
        if (reading.principlesInView) {
            e *= 0.85;
        }
        return e * (1 + 0.4 * prompt.temperature());
    }

    static double trapRate(WordProblem p, PromptReading reading) {
        return SolverBehaviour.TRAP_RATE_PER_STEP * p.steps() * (reading.principlesInView ? 0.5 : 1.0);
    }

    private String fill(FieldKind kind, String description, Prompt prompt, Attempt own, Verdict verdict,
                        Optional<WordProblem> problem) {
        if (problem.isEmpty() && kind != FieldKind.ROUTE && kind != FieldKind.PRINCIPLES) {
            return kind == FieldKind.VERDICT ? "False" : "I cannot work this out from the text given.";
        }
        return switch (kind) {
            case REASONING -> verdict != null ? verdict.feedback() : own.reasoning();
            case VERDICT -> verdict == null ? "True" : verdict.correct() ? "True" : "False";
            case FEEDBACK -> verdict != null ? verdict.feedback() : "The answer " + own.answer() + " follows from the steps.";
            case PRINCIPLES -> problem.map(this::principles).orElse("Principles: keep a running total and apply each "
                    + "operation in the order given.");
            case ROUTE -> route(description + "\n" + prompt.text());
            case ANSWER -> verdict != null ? (verdict.correct() ? "correct" : "wrong") : String.valueOf(own.answer());
        };
    }

    /** Principles for this problem's operations, with this simulator's mark for it. */
    private String principles(WordProblem p) {
        StringBuilder s = new StringBuilder("Principles: keep a running total from " + p.start()
                + "; apply the " + p.steps() + " operations in the order given");
        p.operations().stream().map(Operation::op).distinct().forEach(op -> s.append("; ").append(PRINCIPLE_OF.get(op)));
        return s.append(". ").append(marks.principles(p)).toString();
    }

    private static String route(String text) {
        for (String option : OPTION_SPLIT.split(text)) {
            String cleaned = option.replaceAll("^.*:", "").replaceAll("[.?!'\"]", "").trim();
            if (!cleaned.isEmpty() && cleaned.length() <= 40 && EXPERT.matcher(cleaned).find()) {
                return cleaned;
            }
        }
        return "Math Professor";
    }

    private static long mostFrequent(List<Long> values) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    private static String render(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append('"').append(k).append("\": \"")
                .append(v.replace("\"", "'")).append('"'));
        return out.append('}').toString();
    }

    private static long tokens(String text) {
        return (text.length() + 3) / 4;
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("sim call interrupted", false, e);
        }
    }
}
