package dev.metaforge.model.sim;

/**
 * Quick looks at prompt text that spare the simulator's regular expressions most of their work:
 * the simulator reads every prompt of a search, tens of thousands of them.
 */
final class Words {
    private Words() {
    }

    /**
     * Where {@code word} (ASCII letters) first stands in {@code text} from {@code from}, ignoring
     * case, or -1. It finds at least what a {@code (?i)} expression finds (which folds ASCII only).
     */
    static int indexIgnoringCase(String text, String word, int from) {
        char first = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(first);
        for (int i = Math.max(0, from), last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            // the first letter's two cases, or any character outside ASCII (whose folding regionMatches decides)
            if ((c == first || c == upper || c > 0x7F) && text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    static boolean containsIgnoringCase(String text, String word) {
        return indexIgnoringCase(text, word, 0) >= 0;
    }

    /** {@code text} with every run of 19 or more digits (too long for a long) replaced by "…". */
    static String withoutLongNumbers(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                end++;
            }
            if (end - i >= 19) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append('…');
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** What {@code \d} matches without UNICODE_CHARACTER_CLASS: ASCII digits. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
