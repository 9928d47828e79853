package dev.metaforge.search.propose;

import dev.metaforge.dsl.DslReference;
import java.util.List;

/**
 * The meta-agent's prompts, in sections with fixed headings: the domain with example questions,
 * the agent language (generated from the vocabulary, so it cannot drift from it), a bounded
 * selection of the archive with fitness, the parent with the tasks it got wrong, a critique, and
 * last the request: {@code design}, {@code reflect}, {@code fix} or {@code assess}.
 */
public final class MetaPrompt {
    public static final String TASK = "## Your task: ";
    public static final String PARENT = "## Parent design";
    public static final String ARCHIVE = "## Archive";
    public static final String CRITIQUE = "## Critique";
    public static final String PROPOSAL = "## Your proposal";
    public static final String REVIEWED = "## Design under review";
    /** Starts the line listing a failed task's model calls and their short replies. */
    public static final String CALLS = "calls: ";
    private static final int FAILURES_SHOWN = 4;
    private static final int QUESTION_CHARS = 600;

    private MetaPrompt() {
    }

    static String design(ProposalContext c) {
        return context(c) + TASK + "design\n"
                + "Propose one new agent that should score higher than the parent on this domain: fix what made it "
                + "fail, reuse what works in the archive, and try something the archive does not have yet. Use "
                + "only the agent language above.\n" + replyFormat();
    }

    static String reflect(ProposalContext c, String name, String code, int pass) {
        return context(c) + proposal(name, code) + TASK + "reflect\n"
                + "Reflection " + pass + " of 2: is the proposal new compared with the archive, or a copy of a design "
                + "there? Are there mistakes in the code (wrong fields, calls outside the language)? Does it address "
                + "the failures? Reply with an improved version, or the same one if it is right.\n" + replyFormat();
    }

    static String fix(ProposalContext c, String name, String code, String problem) {
        return context(c) + proposal(name, code) + "## Error\n" + problem + "\n\n" + TASK + "fix\n"
                + "The proposal above failed with this error. Correct the code; keep the design's idea.\n"
                + replyFormat();
    }

    /** The value agent's prompt: how well will this design do, how sure is that, and what is its weakness. */
    public static String assess(String domain, ArchivedDesign design, List<FailedTask> failures) {
        StringBuilder s = new StringBuilder("You are an expert reviewer of LLM agents.\n\n## Domain\n")
                .append(domain).append("\n\n").append(REVIEWED).append('\n');
        appendDesign(s, design);
        appendFailures(s, failures);
        s.append('\n').append(TASK).append("assess\n")
                .append("Estimate the share of tasks of this domain the design will answer correctly (score, 0 to 100), "
                        + "how confident you are in that estimate (confidence, 0 to 100), and write a critique naming "
                        + "its main weakness and the one change most likely to fix it.\n")
                .append("Reply with JSON: {\"critique\": \"...\", \"score\": 0-100, \"confidence\": 0-100}.\n");
        return s.toString();
    }

    private static String context(ProposalContext c) {
        StringBuilder s = new StringBuilder("You are an expert designer of LLM agents. You write agents as short "
                + "scripts in a small Groovy language and improve them by what their results show.\n\n## Domain\n")
                .append(c.domain()).append('\n');
        if (!c.examples().isEmpty()) {
            s.append("Example questions:\n");
            c.examples().forEach(q -> s.append("- ").append(clip(q)).append('\n'));
        }
        s.append("\n## The agent language\n").append(DslReference.text()).append('\n');
        if (!c.others().isEmpty()) {
            s.append(ARCHIVE).append(" (a selection, with fitness on the validation tasks: mean, 95% bootstrap "
                    + "interval, tasks)\n");
            c.others().forEach(d -> appendDesign(s, d));
        }
        s.append(PARENT).append('\n');
        appendDesign(s, c.parent());
        appendFailures(s, c.failures());
        if (!c.critique().isBlank()) {
            s.append('\n').append(CRITIQUE).append('\n').append(c.critique()).append('\n');
        }
        return s.append('\n').toString();
    }

    private static void appendDesign(StringBuilder s, ArchivedDesign d) {
        s.append("### Design ").append(d.label()).append(": ").append(d.name()).append(" — fitness ")
                .append(d.fitness()).append("\n```groovy\n").append(d.source().strip()).append("\n```\n");
    }

    private static void appendFailures(StringBuilder s, List<FailedTask> failures) {
        if (failures.isEmpty()) {
            return;
        }
        s.append("Tasks it got wrong (first ").append(Math.min(FAILURES_SHOWN, failures.size())).append("):\n");
        failures.stream().limit(FAILURES_SHOWN).forEach(f -> s.append("- ").append(clip(f.question()))
                .append("\n  answered: ").append(f.answer() == null ? "(nothing)" : clip(f.answer()))
                .append(f.error() == null ? "" : "\n  error: " + clip(f.error()))
                .append(f.calls().isEmpty() ? "" : "\n  " + CALLS + String.join(" | ", f.calls())).append('\n'));
    }

    private static String proposal(String name, String code) {
        return PROPOSAL + ": " + name + "\n```groovy\n" + code.strip() + "\n```\n\n";
    }

    private static String replyFormat() {
        return "Reply with JSON: {\"thought\": \"why this design should work\", \"name\": \"a short name\", "
                + "\"code\": \"the whole script\"}; the code may instead follow the JSON in a ```groovy block.\n";
    }

    private static String clip(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= QUESTION_CHARS ? one : one.substring(0, QUESTION_CHARS) + "…";
    }
}
