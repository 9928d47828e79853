package dev.metaforge.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A solver's reply written as prose, without the JSON it was asked for: the answer is the last
 * {@code \boxed{…}}, else the last "Answer: …" line (bold or as a heading), else the last "the
 * answer is …"; the reasoning is what comes before it, or the reasoning block. Used only when the
 * fields asked for are an answer and reasoning.
 */
final class AnswerLine {
    private static final Set<String> REASONING = Set.of("thinking", "reasoning", "thought", "explanation", "rationale");
    private static final Pattern LABEL = Pattern.compile(
            "(?im)^[ \\t>*#_]*(?:final[ \\t]+)?answer[ \\t*_]*[:：][ \\t*_]*(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile("(?im)^[ \\t]*#{1,6}[ \\t]*(?:final[ \\t]+)?answer[ \\t]*:?[ \\t]*\\n+[ \\t]*(\\S.*)$");
    private static final Pattern SENTENCE = Pattern.compile("(?i)\\bthe (?:final )?answer is:?[ \\t]*\\**[ \\t]*([^\\n]+?)\\**[ \\t]*(?:\\.[ \\t]*$|\\.\\s|$)",
            Pattern.MULTILINE);

    private AnswerLine() {
    }

    /** The answer and reasoning fields, or null when the fields are not of that kind or no answer is found. */
    static Map<String, String> read(String visible, String reasoning, Collection<String> fields) {
        if (fields.size() < 2 || !fields.contains("answer") || !fields.stream().allMatch(f -> f.equals("answer") || REASONING.contains(f))) {
            return null;
        }
        int[] at = boxed(visible);
        String answer = at == null ? null : visible.substring(at[0], at[1]);
        int start = at == null ? -1 : at[2];
        for (Pattern p : new Pattern[] {LABEL, HEADING, SENTENCE}) {
            if (answer != null) {
                break;
            }
            Matcher m = p.matcher(visible);
            while (m.find()) {
                answer = m.group(1);
                start = m.start();
            }
        }
        if (answer == null) {
            return null;
        }
        String before = visible.substring(0, start).strip();
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(field, field.equals("answer") ? clean(answer) : reasoning.isEmpty() ? before : reasoning);
        }
        return out;
    }

    /** The content of the last {@code \boxed{…}}, braces balanced: start, end, and where the box starts. */
    private static int[] boxed(String text) {
        int box = text.lastIndexOf("\\boxed{");
        if (box < 0) {
            return null;
        }
        int open = box + "\\boxed{".length();
        int depth = 1;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                int lineStart = text.lastIndexOf('\n', box) + 1;
                return new int[] {open, i, lineStart};
            }
        }
        return null;
    }

    private static String clean(String answer) {
        String a = answer.strip().replaceAll("^(?:[*_$ ]|\\\\[\\[(])+|(?:[*_$ ]|\\\\[\\])])+$", "").strip();
        return a.endsWith(".") && !a.matches(".*\\d\\.$") ? a.substring(0, a.length() - 1) : a.replaceAll("\\.$", "");
    }
}
