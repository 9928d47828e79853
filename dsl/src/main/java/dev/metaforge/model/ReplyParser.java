package dev.metaforge.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requested fields from what a model wrote. It accepts JSON in code fences or amid
 * prose, after {@code <think>} blocks, with single quotes, trailing commas, raw newlines in
 * strings, Python literals, CRLF line ends and a byte-order mark, and takes a field that is
 * missing from the JSON from a fenced code block after it ({@code code} in a meta-agent's reply).
 * It refuses — with a message that says why — empty replies, truncated JSON, missing fields,
 * objects that disagree, refusals and HTML error pages, rather than guess.
 */
public final class ReplyParser {
    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)```([A-Za-z0-9_+-]*)[ \\t]*\\n(.*?)```");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html)");
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern REFUSAL = Pattern.compile("(?i)^\\s*(I'm sorry|I am sorry|I can(?:no|')t|I cannot|"
            + "I won't|I will not|As an AI|I'm unable|I am unable)");

    private ReplyParser() {
    }

    /** The value of each field in {@code fields}, as text. */
    public static Map<String, String> parse(String raw, Collection<String> fields) {
        String text = raw == null ? "" : raw.replace("\uFEFF", "").replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new ReplyParseException("the reply is empty");
        }
        if (HTML.matcher(text).find()) {
            Matcher title = TITLE.matcher(text);
            throw new ReplyParseException("an HTML page came back instead of a reply"
                    + (title.find() ? " (\"" + title.group(1).strip() + "\")" : "") + "; check the endpoint's URL");
        }
        String visible = THINK.matcher(text).replaceAll("");
        if (visible.toLowerCase(Locale.ROOT).contains("<think>")) {
            throw new ReplyParseException("the reply ends inside a <think> block: it was cut off before the answer");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        boolean truncated = false;
        int end = 0;
        for (int i = visible.indexOf('{'); i >= 0; i = visible.indexOf('{', Math.max(i + 1, end))) {
            try {
                Map.Entry<Map<String, Object>, Integer> found = LenientJson.objectAt(visible, i);
                objects.add(found.getKey());
                end = found.getValue();
            } catch (LenientJson.Truncated e) {
                truncated = true;
                break;
            } catch (LenientJson.Malformed e) {
                // not JSON here; look further on
            }
        }
        if (objects.isEmpty()) {
            if (truncated) {
                throw new ReplyParseException("the reply was cut off inside its JSON object");
            }
            if (REFUSAL.matcher(visible).find()) {
                throw new ReplyParseException("the model declined: \"" + firstSentence(visible) + "\"");
            }
            if (fields.size() == 1) {
                return Map.of(fields.iterator().next(), visible.strip());
            }
            throw new ReplyParseException("no JSON object with the fields " + String.join(", ", fields)
                    + " in the reply: \"" + firstSentence(visible) + "\"");
        }
        return fields(objects, fields, visible.substring(Math.min(end, visible.length())));
    }

    private static Map<String, String> fields(List<Map<String, Object>> objects, Collection<String> fields, String after) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            String value = null;
            for (Map<String, Object> object : objects) {
                Object found = lookup(object, field);
                if (found == NOT_FOUND) {
                    continue;
                }
                String text = text(found);
                if (value != null && !value.equals(text)) {
                    throw new ReplyParseException("the reply holds several JSON objects that disagree on \"" + field
                            + "\": \"" + abbreviate(value) + "\" and \"" + abbreviate(text) + "\"");
                }
                value = text;
            }
            if (value == null && CODE_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                value = fencedBlock(after);
            }
            if (value == null) {
                throw new ReplyParseException("the reply's JSON has no field \"" + field + "\" (it has "
                        + String.join(", ", objects.get(0).keySet()) + ")");
            }
            out.put(field, value);
        }
        return out;
    }

    private static final Object NOT_FOUND = new Object();
    /** Fields a model may give as a fenced block after its JSON instead of inside it. */
    private static final java.util.Set<String> CODE_FIELDS = java.util.Set.of("code", "program", "source", "script");

    private static Object lookup(Map<String, Object> object, String field) {
        if (object.containsKey(field)) {
            return object.get(field);
        }
        for (Map.Entry<String, Object> e : object.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return NOT_FOUND;
    }

    private static String fencedBlock(String after) {
        Matcher fence = FENCE.matcher(after);
        return fence.find() ? fence.group(2).stripTrailing() : null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                    : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof String || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return groovy.json.JsonOutput.toJson(value);
    }

    private static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int stop = flat.indexOf(". ");
        String sentence = stop > 0 ? flat.substring(0, stop + 1) : flat;
        return abbreviate(sentence);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }
}
