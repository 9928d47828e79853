package dev.metaforge.archive;

/** Text cut to fit a column: what a model wrote can be longer than any schema expects. */
final class Text {
    private Text() {
    }

    /** {@code text} if it fits in {@code max} characters, else its start and a mark that it was cut. */
    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String mark = "… (cut)";
        return text.substring(0, max - mark.length()) + mark;
    }
}
