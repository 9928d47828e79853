package dev.metaforge.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forgiving JSON reader for what models write: single-quoted strings, raw newlines inside
 * strings, trailing commas, unquoted keys, and Python's True, False and None. It reads one value
 * from a position and reports where it stopped; running out of text is reported as such, so a
 * caller can tell a truncated reply from a malformed one.
 */
final class LenientJson {
    /** The text ended before the value did. */
    static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Truncated() {
            super("the JSON ends before it is complete", null, false, false);
        }
    }

    /** The text is not JSON at this point. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private int pos;

    private LenientJson(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    /** The object starting at {@code start} (a '{'), and the index just past it. */
    static Map.Entry<Map<String, Object>, Integer> objectAt(String text, int start) {
        LenientJson reader = new LenientJson(text, start);
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) reader.value();
        return Map.entry(value, reader.pos);
    }

    private Object value() {
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"', '\'' -> string();
            default -> c == '-' || Character.isDigit(c) ? number() : word();
        };
    }

    private Map<String, Object> object() {
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return out;
            }
            String key = peek() == '"' || peek() == '\'' ? string() : identifier();
            skipSpace();
            if (peek() != ':') {
                throw new Malformed("expected ':' after \"" + key + "\"");
            }
            pos++;
            out.put(key, value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != '}') {
                throw new Malformed("expected ',' or '}' after the value of \"" + key + "\"");
            }
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return out;
            }
            out.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != ']') {
                throw new Malformed("expected ',' or ']' in a list");
            }
        }
    }

    private String string() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new Truncated();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new Malformed("a bad \\u escape");
                    }
                    pos += 4;
                }
                case '"', '\\', '/', '\'' -> out.append(e);
                // not a JSON escape: a model writing code means the backslash itself (\d in a regex)
                default -> out.append('\\').append(e);
            }
        }
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (pos == text.length()) {
            throw new Truncated();
        }
        try {
            return new java.math.BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new Malformed("a bad number '" + digits + "'");
        }
    }

    private Object word() {
        String word = identifier();
        return switch (word) {
            case "true", "True" -> Boolean.TRUE;
            case "false", "False" -> Boolean.FALSE;
            case "null", "None" -> null;
            default -> throw new Malformed("unexpected '" + word + "'");
        };
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == text.length()) {
            throw new Truncated();
        }
        if (start == pos) {
            throw new Malformed("unexpected '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new Truncated();
        }
        return text.charAt(pos);
    }

    private char next() {
        if (pos >= text.length()) {
            throw new Truncated();
        }
        return text.charAt(pos++);
    }
}
