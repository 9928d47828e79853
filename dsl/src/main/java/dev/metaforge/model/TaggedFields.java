package dev.metaforge.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields given without JSON, in the two other shapes models reach for: tags
 * ({@code <answer>42</answer>}) and sections under a heading or a label ({@code ## Code},
 * {@code **Thought:**}), a section running to the next heading of a requested field. Every
 * requested field must be found, or the reply is not read this way.
 */
final class TaggedFields {
    private TaggedFields() {
    }

    /** The fields given as tags, or null when not every one is. */
    static Map<String, String> tags(String text, Collection<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            Matcher m = Pattern.compile("(?is)<" + Pattern.quote(field) + ">(.*?)</" + Pattern.quote(field) + ">")
                    .matcher(text);
            if (!m.find()) {
                return null;
            }
            out.put(field, clean(m.group(1)));
        }
        return out;
    }

    /** The fields given as sections under headings or labels, or null when not every one is. */
    static Map<String, String> sections(String text, Collection<String> fields) {
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            Matcher m = Pattern.compile("(?im)^[ \\t]*(?:#{1,6}[ \\t]*|\\*\\*)?" + Pattern.quote(field)
                    + "[ \\t]*:?[ \\t]*(?:\\*\\*)?[ \\t]*:?[ \\t]*(?:\\n|(?=\\S))").matcher(text);
            if (!m.find()) {
                return null;
            }
            starts.add(new int[] {m.start(), m.end()});
            names.add(field);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int end = text.length();
            for (int[] other : starts) {
                if (other[0] > starts.get(i)[0] && other[0] < end) {
                    end = other[0];
                }
            }
            out.put(names.get(i), clean(text.substring(starts.get(i)[1], end)));
        }
        return out;
    }

    /** A value without surrounding space and, when it is one fenced block, without its fence. */
    private static String clean(String value) {
        String v = value.strip();
        List<FencedBlocks.Block> blocks = FencedBlocks.of(v);
        if (!blocks.isEmpty() && blocks.get(0).start() == 0) {
            return blocks.get(0).content().strip();
        }
        return v;
    }
}
