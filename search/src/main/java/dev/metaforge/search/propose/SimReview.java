package dev.metaforge.search.propose;

import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.DesignOperator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated reviewer's critique, from what its prompt shows: the script (read as code, not
 * from any comment) and the tasks it got wrong with each model call's short reply. It names the
 * pattern most of the shown failures share — an error, a lone answer, samples that disagreed,
 * samples that agreed on a wrong answer, a check that accepted it, revisions that changed a wrong
 * answer into another wrong one — and the change a reader of the agent literature would try.
 * Nothing here knows how the solver's simulator makes its mistakes.
 */
final class SimReview {
    /** A critique, the words in it a designer recognises, and the edit those words ask for. */
    record Finding(String critique, String cue, DesignOperator fix) {
    }

    static final String ERRORS = "failed with an error";
    static final String NO_WORK = "without showing its work";
    static final String LONE = "nothing to compare it with";
    static final String DISAGREED = "samples disagreed";
    static final String COPIES = "samples are copies";
    static final String SHARED = "a vote cannot fix";
    static final String ACCEPTED = "the check accepted";
    static final String REVISIONS = "revisions changed";
    static final String ALL_RIGHT = "a cheaper version";

    private static final Pattern CALL = Pattern.compile("^\\[([^\\]]*)](.*)$");
    private static final Pattern FIELD = Pattern.compile(" ([^ =]+)=([^=]*?)(?= [^ =]+=|$)");
    private static final Pattern CHECKER = Pattern.compile("(?i)critic|judge|review|verif|check");

    private SimReview() {
    }

    /** What one failed task shows: the answers its solver calls gave, and the verdicts its checks gave. */
    record Shown(boolean error, String errorText, List<String> answers, List<Boolean> verdicts) {
    }

    static Finding critique(Blueprint code, List<Shown> failures) {
        if (failures.isEmpty()) {
            return new Finding("It got every task shown right; " + ALL_RIGHT + " (fewer samples or rounds) may score "
                    + "the same for fewer calls.", ALL_RIGHT, DesignOperator.SIMPLIFY);
        }
        int n = failures.size();
        long errors = failures.stream().filter(Shown::error).count();
        if (2 * errors >= n) {
            return new Finding(errors + " of the " + n + " tasks shown " + ERRORS + " ("
                    + failures.stream().filter(Shown::error).findFirst().orElseThrow().errorText()
                    + "); make the script handle that before anything else.", ERRORS, DesignOperator.SIMPLIFY);
        }
        List<Shown> answered = failures.stream().filter(f -> !f.error()).toList();
        long accepted = answered.stream().filter(f -> f.verdicts().contains(Boolean.TRUE)).count();
        long revised = answered.stream().filter(f -> f.verdicts().contains(Boolean.FALSE) && distinct(f) > 1).count();
        long lone = answered.stream().filter(f -> f.answers().size() <= 1).count();
        long disagreed = answered.stream().filter(f -> f.answers().size() > 1 && distinct(f) > 1).count();
        long shared = answered.stream().filter(f -> f.answers().size() > 1 && distinct(f) == 1).count();
        String of = " of the " + n + " tasks shown";
        if (accepted * 2 >= n) {
            return code.principles()
                    ? new Finding("On " + accepted + of + " " + ACCEPTED + " a wrong answer; another round of checking "
                    + "may catch what the first missed.", ACCEPTED, DesignOperator.ADD_CRITIC)
                    : new Finding("On " + accepted + of + " " + ACCEPTED + " a wrong answer: solver and checker misread "
                    + "the problem alike; state the principles of the problem first (step-back).", ACCEPTED,
                    DesignOperator.ADD_STEP_BACK);
        }
        if (lone * 2 >= n) {
            return code.reasoning()
                    ? new Finding("One answer per task and " + LONE + ": on " + lone + of + " that one answer was wrong; "
                    + "sample several answers at a higher temperature and vote.", LONE, DesignOperator.ADD_SAMPLING)
                    : new Finding("It answers " + NO_WORK + ": on " + lone + of + " a bare answer was wrong; ask for "
                    + "the steps before the answer.", NO_WORK, DesignOperator.ADD_REASONING);
        }
        if (revised * 2 >= n) {
            return new Finding("On " + revised + of + " the " + REVISIONS + " one wrong answer into another; revise "
                    + "with several samples and a vote.", REVISIONS, DesignOperator.WIDEN_REVISION);
        }
        if (disagreed >= shared) {
            return new Finding("Its " + DISAGREED + " on " + disagreed + of + " (" + example(answered) + ") and the "
                    + "vote went wrong: the errors vary from sample to sample, so more samples would settle it.",
                    DISAGREED, DesignOperator.ADD_SAMPLING);
        }
        if (code.temperature() < 0.3) {
            return new Finding("On " + shared + of + " every sample gave the same wrong answer: at temperature "
                    + code.temperature() + " the " + COPIES + "; sample at a higher temperature.", COPIES,
                    DesignOperator.CHANGE_TEMPERATURE);
        }
        return code.criticRounds() == 0
                ? new Finding("On " + shared + of + " every sample gave the same wrong answer, which " + SHARED
                + "; have the voted answer checked and revised.", SHARED, DesignOperator.ADD_CRITIC)
                : new Finding("On " + shared + of + " every sample gave the same wrong answer, which " + SHARED
                + "; state the principles of the problem before solving (step-back).", SHARED,
                code.principles() ? DesignOperator.WIDEN_REVISION : DesignOperator.ADD_STEP_BACK);
    }

    /** Reads the failed tasks of a prompt's "Tasks it got wrong" list. */
    static List<Shown> failures(String section) {
        List<Shown> out = new ArrayList<>();
        String error = null;
        boolean open = false;
        List<String> answers = new ArrayList<>();
        List<Boolean> verdicts = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("- ")) {
                if (open) {
                    out.add(new Shown(error != null, error, answers, verdicts));
                }
                open = true;
                error = null;
                answers = new ArrayList<>();
                verdicts = new ArrayList<>();
            } else if (open && line.startsWith("  error: ")) {
                error = line.substring(9).strip();
            } else if (open && line.startsWith("  " + MetaPrompt.CALLS)) {
                read(line.substring(2 + MetaPrompt.CALLS.length()), answers, verdicts);
            }
        }
        if (open) {
            out.add(new Shown(error != null, error, answers, verdicts));
        }
        return out;
    }

    private static void read(String calls, List<String> answers, List<Boolean> verdicts) {
        for (String call : calls.split(" \\| ")) {
            Matcher m = CALL.matcher(call.strip());
            if (!m.matches()) {
                continue;
            }
            boolean checker = CHECKER.matcher(m.group(1)).find();
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                String value = f.group(2).strip();
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    verdicts.add(lower.equals("true"));
                } else if (!checker && f.group(1).equalsIgnoreCase("answer")) {
                    answers.add(value);
                }
            }
        }
    }

    private static long distinct(Shown f) {
        return f.answers().stream().distinct().count();
    }

    private static String example(List<Shown> answered) {
        Optional<Shown> split = answered.stream().filter(f -> distinct(f) > 1).findFirst();
        Set<String> values = new LinkedHashSet<>(split.map(Shown::answers).orElse(List.of()));
        return String.join(", ", values.stream().limit(4).toList());
    }
}
