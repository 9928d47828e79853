package dev.metaforge.model.sim;

import dev.metaforge.model.Prompt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator takes from a prompt: the problem, answers already proposed, answers said
 * to be wrong (the model avoids them, whoever says so: feedback is worth what the judgement
 * behind it is worth), and what the prompt carries that this simulator wrote for this problem —
 * its principles (see {@link Marks}) and its worked steps. Words earn nothing: a role,
 * "principle", "wrong", "step by step".
 */
final class PromptReading {
    private static final String NUMBER = "(?<![\\d,])(?:-?\\d{1,3}(?:,\\d{3}){1,5}(?!\\d)|-?\\d{1,18}(?!\\d))";
    private static final Pattern ANSWER_LIST = Pattern.compile(
            "(?i)\\banswers?\\b\\s*(?:is|was|were|are|of)?\\s*[:=]?\\s*((?:" + NUMBER + ")(?:\\s*(?:,|;|\\band\\b|\\bor\\b)\\s*(?:" + NUMBER + "))*)");
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern WRONG = Pattern.compile("(?i)\\b(wrong|incorrect|not correct|mistake|false)\\b");
    private static final Pattern SHOWN_STEP = Pattern.compile("(-?\\d+) ([+\\-×÷*/]) (-?\\d+) = (-?\\d+)");
    private static final Pattern DIFFERENT = Pattern.compile("(?i)\\b(different|another|alternative|new)\\b.{0,40}\\banswer");

    final Optional<WordProblem> problem;
    final List<Long> candidates;
    /** Answers the prompt says are wrong, whoever says so: the model avoids them. */
    final Set<Long> rejected;
    final boolean reasoningRequested;
    /** Principles this simulator wrote for this problem are in the prompt. */
    final boolean principlesInView;
    /** The prompt shows this problem worked out step by step as the simulator writes it. */
    final boolean workShown;
    final boolean asksForDifferentAnswer;
    final List<String> shownSteps;

    PromptReading(Prompt prompt, Marks marks) {
        String text = prompt.text();
        this.problem = WordProblem.find(text);
        this.candidates = new ArrayList<>();
        this.rejected = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            if (!Words.containsIgnoringCase(line, "answer")) {
                continue; // the list needs the word: a quick look first, the regular expression only then
            }
            Matcher m = ANSWER_LIST.matcher(line);
            List<Long> inLine = new ArrayList<>();
            while (m.find()) {
                Matcher n = ONE_NUMBER.matcher(m.group(1));
                while (n.find()) {
                    inLine.add(Long.parseLong(n.group().replace(",", "")));
                }
            }
            candidates.addAll(inLine);
            if (!inLine.isEmpty() && WRONG.matcher(line).find()) {
                rejected.addAll(inLine);
            }
        }
        this.reasoningRequested = prompt.fields().keySet().stream().anyMatch(f -> FieldKind.of(f) == FieldKind.REASONING);
        this.principlesInView = problem.map(p -> marks.hasPrinciples(text, p)).orElse(false);
        this.asksForDifferentAnswer = asksForDifferentAnswer(text);
        this.shownSteps = new ArrayList<>();
        if (text.contains(" = ")) {
            Matcher steps = SHOWN_STEP.matcher(Words.withoutLongNumbers(text));
            while (steps.find()) {
                shownSteps.add(steps.group());
            }
        }
        this.workShown = !shownSteps.isEmpty() && problem.map(p -> text.contains("Start with " + p.start() + ".")
                && shownSteps.get(0).startsWith(p.start() + " ")).orElse(false);
    }

    /**
     * {@link #DIFFERENT} anywhere in {@code text}, looked for only just before each "answer": a match
     * ends in one, and starts at most 40 code points and a keyword before it.
     */
    private static boolean asksForDifferentAnswer(String text) {
        Matcher m = DIFFERENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = Words.indexIgnoringCase(text, "answer", 0); at >= 0; at = Words.indexIgnoringCase(text, "answer", at + 1)) {
            // 40 code points may take 80 chars, and the keyword a dozen more
            m.region(Math.max(0, at - 2 * 40 - "alternative".length()), at + "answer".length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    boolean hasFieldOf(Collection<String> fields, FieldKind kind) {
        return fields.stream().anyMatch(f -> FieldKind.of(f) == kind);
    }

    /** The first shown step whose arithmetic is wrong, if any: a slip a careful reader can spot. */
    Optional<String> wrongShownStep() {
        for (String step : shownSteps) {
            Matcher m = SHOWN_STEP.matcher(step);
            if (m.matches()) {
                long a;
                long b;
                long claimed;
                try {
                    a = Long.parseLong(m.group(1));
                    b = Long.parseLong(m.group(3));
                    claimed = Long.parseLong(m.group(4));
                } catch (NumberFormatException tooLarge) {
                    continue;
                }
                long actual = switch (m.group(2)) {
                    case "+" -> a + b;
                    case "-" -> a - b;
                    case "×", "*" -> a * b;
                    default -> b == 0 ? a : a / b;
                };
                if (actual != claimed) {
                    return Optional.of(step);
                }
            }
        }
        return Optional.empty();
    }
}
