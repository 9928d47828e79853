package dev.metaforge.dsl;

/**
 * The one place where text a script or a model made is rendered for a terminal: every control
 * character is shown as an escape ({@code \x1b}, {@code \r}, {@code \u009b}) instead of being
 * sent raw, so no answer, error, name or log line can move the cursor, clear the screen, set a
 * title, write the clipboard, reverse the text's direction or forge a line of output. Escapes are
 * written so that text inside a JSON string stays valid JSON.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** For text that may span lines (a trace, a script's source): newlines and tabs kept. */
    public static String block(CharSequence text, int maxChars) {
        return render(text, maxChars, true);
    }

    /** For text that stands on one line (an answer in a table, an error, a name): newlines shown as {@code \n}. */
    public static String inline(CharSequence text, int maxChars) {
        return render(text, maxChars, false);
    }

    /** True when {@code c} is sent as an escape, never raw. */
    public static boolean escaped(char c, boolean keepNewlines) {
        if (c == '\n' || c == '\t') {
            return !keepNewlines;
        }
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x200e || c == 0x200f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }

    /** The visible form of one escaped character. */
    public static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1b -> "\\x1b";
            default -> c < 0x20 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
        };
    }

    private static String render(CharSequence text, int maxChars, boolean keepNewlines) {
        if (text == null) {
            return "null";
        }
        int n = Math.min(text.length(), Math.max(0, maxChars));
        StringBuilder out = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (escaped(c, keepNewlines)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > n) {
            out.append("… (").append(text.length() - n).append(" more characters)");
        }
        return out.toString();
    }
}
