package dev.metaforge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a reply, read as Markdown reads them: a fence opens on a line of its
 * own (three or more backticks or tildes, then an optional language) and closes on a line of
 * the same character, at least as long, with nothing else on it. A fence written inside the
 * code (in a string, or mid-line) neither closes nor opens a block.
 */
final class FencedBlocks {
    private static final Pattern OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([A-Za-z0-9_+#.-]*)[^`\\n]*$");

    /** One block: its language (lower case, may be empty), its content, and where it stands in the text. */
    record Block(String language, String content, int start, int end) {
        /** JSON, or any block that holds an object rather than code (a model may label a dict "python"). */
        boolean isData() {
            return language.equals("json") || language.equals("jsonc") || language.equals("json5")
                    || content.strip().startsWith("{");
        }
    }

    private FencedBlocks() {
    }

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Matcher open = OPEN.matcher(text.substring(pos, lineEnd));
            if (open.matches()) {
                String fence = open.group(1);
                int contentStart = Math.min(lineEnd + 1, text.length());
                int close = closing(text, contentStart, fence);
                int contentEnd = close < 0 ? text.length() : close;
                int blockEnd = close < 0 ? text.length() : Math.min(lineEndOf(text, close) + 1, text.length());
                String content = text.substring(contentStart, Math.max(contentStart, contentEnd));
                blocks.add(new Block(open.group(2).toLowerCase(Locale.ROOT), content.endsWith("\n")
                        ? content.substring(0, content.length() - 1) : content, pos, blockEnd));
                pos = blockEnd;
            } else {
                pos = lineEnd + 1;
            }
        }
        return blocks;
    }

    /** Text with every block's content replaced by spaces, so that nothing inside a block is read as JSON. */
    static String outside(String text, List<Block> blocks, boolean keepJson) {
        StringBuilder out = new StringBuilder(text);
        for (Block b : blocks) {
            if (keepJson && b.isData()) {
                continue;
            }
            for (int i = b.start(); i < b.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int closing(String text, int from, String fence) {
        int pos = from;
        while (pos < text.length()) {
            int lineEnd = lineEndOf(text, pos);
            String line = text.substring(pos, lineEnd).strip();
            if (line.length() >= fence.length() && line.chars().allMatch(c -> c == fence.charAt(0))) {
                return pos;
            }
            pos = lineEnd + 1;
        }
        return -1;
    }

    private static int lineEndOf(String text, int pos) {
        int end = text.indexOf('\n', pos);
        return end < 0 ? text.length() : end;
    }
}
