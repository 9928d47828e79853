package dev.metaforge.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arithmetic word problem in the controlled language the simulator understands: a starting
 * amount, a sequence of operations on a running total, and a question. This is how {@code sim}
 * works out an answer from the question text alone; it never sees a gold answer.
 *
 * <p>Sentences understood (case-insensitive, any name and item word):
 * "Mia has 12 apples", "She buys 7 more", "He gives away 5", "She doubles them",
 * "He splits them equally into 4 bags and keeps one bag", "Each of 3 friends gives her 2 more",
 * and a closing question beginning "How many".
 */
public final class WordProblem {
    private static final String NUM = "(\\d[\\d,]*)";
    private static final Pattern START = Pattern.compile(
            "\\b([A-Z][a-z]+) (?:has|had|starts with|owns) " + NUM + " ([a-z]+)");
    private static final Pattern ADD = Pattern.compile(
            "\\b(?:buys|finds|gets|receives|picks|bakes|collects|earns|adds|makes|wins) " + NUM + " more\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_ADD = Pattern.compile(
            "\\beach of " + NUM + " [a-z]+ (?:gives|hands|sends) (?:him|her|them) " + NUM + " more\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile(
            "\\b(?:gives away|loses|eats|sells|uses|spends|breaks|donates|drops) " + NUM + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MUL_WORD = Pattern.compile(
            "\\b(doubles|triples|quadruples) (?:them|it|the [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MUL = Pattern.compile(
            "\\bends up with " + NUM + " times as many\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV = Pattern.compile(
            "\\b(?:splits|divides|shares) them equally (?:into|among|between) " + NUM + " [a-z]+ and keeps one\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION = Pattern.compile("\\bhow many\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("[^.?!\\n]+[.?!]?");
    /**
     * The operations of sentences already read: a search asks about the same few hundred problems
     * tens of thousands of times, in prompts that differ around them. Bounded; emptied when full.
     */
    private static final int REMEMBERED = 8_192;
    private static final int REMEMBERED_LENGTH = 500;
    private static final java.util.concurrent.ConcurrentHashMap<String, List<Operation>> OPERATIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final long start;
    private final List<Operation> operations;
    private final String canonical;

    private WordProblem(long start, List<Operation> operations, String canonical) {
        this.start = start;
        this.operations = List.copyOf(operations);
        this.canonical = canonical;
    }

    /** Finds the first complete problem in {@code text}, or empty when there is none. */
    public static Optional<WordProblem> find(String text) {
        try {
            return scan(text);
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    private static Optional<WordProblem> scan(String text) {
        Matcher sentences = SENTENCE.matcher(text);
        Long start = null;
        List<Operation> ops = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        while (sentences.find()) {
            String s = sentences.group().trim();
            if (start == null) {
                Matcher m = START.matcher(s);
                if (m.find()) {
                    start = number(m.group(2));
                    canonical.append(s.toLowerCase(Locale.ROOT)).append(' ');
                    ops.addAll(operationsIn(s.substring(m.end())));
                }
                continue;
            }
            canonical.append(s.toLowerCase(Locale.ROOT)).append(' ');
            if (QUESTION.matcher(s).find()) {
                ops.addAll(operationsIn(s));
                return ops.isEmpty() ? Optional.empty()
                        : Optional.of(new WordProblem(start, ops, canonical.toString().trim()));
            }
            ops.addAll(operationsIn(s));
        }
        return Optional.empty();
    }

    private static List<Operation> operationsIn(String clause) {
        List<Operation> known = OPERATIONS.get(clause);
        if (known != null) {
            return known;
        }
        List<Operation> read = List.copyOf(readOperations(clause));
        if (clause.length() > REMEMBERED_LENGTH) {
            return read; // a problem's sentences are short; a huge one is read, not kept
        }
        if (OPERATIONS.size() >= REMEMBERED) {
            OPERATIONS.clear();
        }
        OPERATIONS.put(clause, read);
        return read;
    }

    private static List<Operation> readOperations(String clause) {
        List<Operation> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        collect(GROUP_ADD.matcher(clause), found, spans, m -> new Operation[] {
            new Operation('+', number(m.group(1)) * number(m.group(2)))});
        collect(ADD.matcher(clause), found, spans, m -> new Operation[] {new Operation('+', number(m.group(1)))});
        collect(SUB.matcher(clause), found, spans, m -> new Operation[] {new Operation('-', number(m.group(1)))});
        collect(MUL_WORD.matcher(clause), found, spans, m -> new Operation[] {new Operation('*',
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "doubles" -> 2;
                    case "triples" -> 3;
                    default -> 4;
                })});
        collect(MUL.matcher(clause), found, spans, m -> new Operation[] {new Operation('*', number(m.group(1)))});
        collect(DIV.matcher(clause), found, spans, m -> new Operation[] {new Operation('/', number(m.group(1)))});
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        List<Operation> ordered = new ArrayList<>();
        for (int i : order) {
            ordered.add(found.get(i));
        }
        return ordered;
    }

    private interface OpMaker {
        Operation[] make(Matcher m);
    }

    private static void collect(Matcher m, List<Operation> found, List<int[]> spans, OpMaker maker) {
        while (m.find()) {
            boolean overlaps = spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end());
            if (!overlaps) {
                for (Operation op : maker.make(m)) {
                    found.add(op);
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    public long start() {
        return start;
    }

    List<Operation> operations() {
        return operations;
    }

    /** Number of reasoning steps, the simulator's measure of difficulty. */
    public int steps() {
        return operations.size();
    }

    /** The correct answer, computed from the text. */
    public long answer() {
        long total = start;
        for (Operation op : operations) {
            total = op.apply(total);
        }
        return total;
    }

    /** Lower-cased problem text; identifies the problem for seeding. */
    public String canonical() {
        return canonical;
    }
}
