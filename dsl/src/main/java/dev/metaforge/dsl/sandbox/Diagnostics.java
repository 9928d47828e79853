package dev.metaforge.dsl.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts refusals in the script's terms before anyone sees them: no names of the compiler's or the
 * engine's classes, each at the line and column of the construct it is about (a refusal found in
 * the bytecode knows only its line, so the construct is looked up in that line), and each said
 * once.
 */
final class Diagnostics {
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:org\\.codehaus\\.groovy|groovy\\.lang|groovy\\.transform|java\\.lang\\.invoke|dev\\.metaforge)"
                    + "(?:\\.[a-z]\\w*)*\\.([A-Z][\\w$]*)");
    private static final Pattern PLAIN_JDK = Pattern.compile("\\bjava\\.(?:lang|util|math)\\.([A-Z]\\w*)");
    private static final Pattern SCRIPT_CLASS = Pattern.compile("\\bAgent_[0-9a-f]{16}(?:\\$\\w+)*(?:\\.groovy)?");
    private static final Pattern COMPILER_BUG = Pattern.compile("(?s)BUG! exception in phase.*");
    private static final Pattern MEMBER = Pattern.compile("(?:#|'\\.?|\\[)(\\w+)(?:'|\\(|]|\\b)");

    private Diagnostics() {
    }

    /** The diagnostics in script terms, each once, with positions resolved against {@code source}. */
    static List<Diagnostic> finish(List<Diagnostic> raw, String source) {
        String[] lines = source.split("\r?\n", -1);
        Set<String> seen = new LinkedHashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : raw) {
            String message = scrub(d.message());
            Diagnostic placed = new Diagnostic(d.file(), d.line(), d.column(), d.code(), message);
            if (d.line() <= 1 && d.column() <= 1) {
                placed = locate(placed, lines, null);
            }
            if (seen.add(placed.toString())) {
                out.add(placed);
            }
        }
        return out;
    }

    /** A refusal from the bytecode check: the member it names, looked up on its line. */
    static Diagnostic onLine(String file, int line, String member, String reason, String source) {
        String[] lines = source.split("\r?\n", -1);
        return locate(new Diagnostic(file, Math.max(1, line), 1, DiagnosticCode.SANDBOX, scrub(reason)), lines, member);
    }

    static String scrub(String message) {
        String text = COMPILER_BUG.matcher(message).replaceAll("the compiler cannot compile this construct");
        text = SCRIPT_CLASS.matcher(text).replaceAll("the script");
        text = QUALIFIED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('$', '.')));
        text = PLAIN_JDK.matcher(text).replaceAll("$1");
        text = text.replace("Please check if the declared type is correct and if the method exists.", "").trim();
        return dev.metaforge.dsl.TerminalText.inline(text, 500);
    }

    private static Diagnostic locate(Diagnostic d, String[] lines, String member) {
        String name = member;
        if (name == null || name.isEmpty()) {
            Matcher m = MEMBER.matcher(d.message());
            name = m.find() ? m.group(1) : null;
        }
        boolean known = d.line() > 1 || member != null;
        int from = known ? d.line() : 1;
        int to = known ? d.line() : lines.length;
        for (int line = from; line <= to && line <= lines.length; line++) {
            String text = lines[line - 1];
            int column = name == null ? -1 : find(text, name, known);
            if (column >= 0) {
                return new Diagnostic(d.file(), line, column + 1, d.code(), d.message());
            }
        }
        if (d.line() <= lines.length) {
            String text = lines[d.line() - 1];
            int indent = text.length() - text.stripLeading().length();
            return new Diagnostic(d.file(), d.line(), indent + 1, d.code(), d.message());
        }
        return d;
    }

    /** Where {@code name} stands in a line as a word of code. */
    private static int find(String text, String name, boolean anywhere) {
        String before = anywhere ? "(?<![\\w$])" : "(?<=\\.)";
        Matcher m = Pattern.compile(before + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        return m.find() ? m.start() : -1;
    }

}
