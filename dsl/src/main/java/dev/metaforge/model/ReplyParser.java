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
 * strings, Python literals, CRLF line ends, a byte-order mark, invalid escapes (kept as written,
 * so {@code \d} in a regex stays), and a reasoning block whose opening tag is missing. Fences are
 * read as Markdown reads them ({@link FencedBlocks}), so a fence inside the code does not end it;
 * a code field missing from the JSON, or only pointing elsewhere, is taken from a fenced code
 * block, after the JSON first. Without JSON, fields given as tags or under headings are read
 * ({@link TaggedFields}), and so is a solver's prose answer ({@link AnswerLine}).
 * It refuses — with a message that says why — empty replies, truncated JSON, missing fields,
 * objects that disagree, refusals and HTML error pages, rather than guess.
 */
public final class ReplyParser {
    private static final Pattern THINK = Pattern.compile("(?is)<think>(.*?)</think>");
    private static final Pattern POINTER = Pattern.compile("(?i)\\b(below|above|see|following|block|attached|next)\\b");
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
        StringBuilder reasoning = new StringBuilder();
        Matcher think = THINK.matcher(text);
        while (think.find()) {
            reasoning.append(think.group(1).strip()).append('\n');
        }
        String visible = THINK.matcher(text).replaceAll("");
        int unopened = visible.toLowerCase(Locale.ROOT).lastIndexOf("</think>");
        if (unopened >= 0) {
            // the opening tag was left out (some servers strip it): all before the closing tag is reasoning
            reasoning.append(visible, 0, unopened);
            visible = visible.substring(unopened + "</think>".length());
        }
        if (visible.toLowerCase(Locale.ROOT).contains("<think>")) {
            throw new ReplyParseException("the reply ends inside a <think> block: it was cut off before the answer");
        }
        Map<String, String> tagged = TaggedFields.tags(visible, fields);
        if (tagged != null) {
            return tagged;
        }
        List<FencedBlocks.Block> blocks = FencedBlocks.of(visible);
        String searchable = FencedBlocks.outside(visible, blocks, true);
        List<Map<String, Object>> objects = new ArrayList<>();
        boolean truncated = false;
        int end = 0;
        for (int i = searchable.indexOf('{'); i >= 0; i = searchable.indexOf('{', Math.max(i + 1, end))) {
            try {
                Map.Entry<Map<String, Object>, Integer> found = LenientJson.objectAt(searchable, i);
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
            Map<String, String> sections = TaggedFields.sections(visible, fields);
            if (sections == null) {
                sections = AnswerLine.read(visible, reasoning.toString().strip(), fields);
            }
            if (sections != null) {
                return sections;
            }
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
        return fields(objects, fields, codeBlocks(blocks, end), reasoning.toString().strip());
    }

    /** Code blocks (not JSON), those after the JSON first. */
    private static List<String> codeBlocks(List<FencedBlocks.Block> blocks, int jsonEnd) {
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (FencedBlocks.Block b : blocks) {
            if (!b.isData() && !b.content().isBlank()) {
                (b.start() >= jsonEnd ? after : before).add(b.content().stripTrailing());
            }
        }
        after.addAll(before);
        return after;
    }

    private static Map<String, String> fields(List<Map<String, Object>> objects, Collection<String> fields,
                                              List<String> codeBlocks, String reasoning) {
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
            boolean code = CODE_FIELDS.contains(field.toLowerCase(Locale.ROOT));
            if (code && value != null) {
                value = unfenced(value);
            }
            if (code && (value == null || placeholder(value)) && !codeBlocks.isEmpty()) {
                value = codeBlocks.get(0);
            }
            if (value == null && REASONING_FIELDS.contains(field.toLowerCase(Locale.ROOT)) && !reasoning.isEmpty()) {
                value = reasoning;
            }
            if (value == null) {
                throw new ReplyParseException("the reply's JSON has no field \"" + field + "\" (it has "
                        + String.join(", ", objects.get(0).keySet()) + ")");
            }
            out.put(field, value);
        }
        return out;
    }

    /** A code field that only points elsewhere ("see the block below"): one line, no code in it. */
    private static boolean placeholder(String value) {
        String v = value.strip();
        return v.isEmpty() || !v.contains("\n") && v.indexOf('{') < 0 && v.indexOf('(') < 0 && POINTER.matcher(v).find();
    }

    /** A code field whose value is itself a fenced block: the code inside it. */
    private static String unfenced(String value) {
        List<FencedBlocks.Block> blocks = FencedBlocks.of(value.strip());
        if (blocks.size() == 1 && blocks.get(0).start() == 0) {
            return blocks.get(0).content().stripTrailing();
        }
        return value;
    }

    private static final Object NOT_FOUND = new Object();
    /** Fields a model may give as a fenced block after its JSON instead of inside it. */
    private static final java.util.Set<String> CODE_FIELDS = java.util.Set.of("code", "program", "source", "script");
    /** Fields the reasoning block fills when the JSON leaves them out. */
    private static final java.util.Set<String> REASONING_FIELDS = java.util.Set.of("thinking", "reasoning");

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
        if (value instanceof List<?> lines && !lines.isEmpty() && lines.stream().allMatch(l -> l instanceof String)) {
            // code given as an array of lines
            return String.join("\n", lines.stream().map(String::valueOf).toList());
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
