package dev.metaforge.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Sizes of what leaves a script, measured by what it will print or send and checked before the
 * host spends time on it: a number's digits are estimated from its bits, never by printing it;
 * messages are cut; prompts, names and field texts have a ceiling with a clear error.
 */
public final class Limits {
    /** Characters of any error message kept, whoever built it. */
    public static final int MAX_MESSAGE = 2_000;
    /** Characters of one prompt: far above what a model takes, far below what fills the host. */
    public static final int MAX_PROMPT = 200_000;
    public static final int MAX_FIELD_TEXT = 2_000;
    public static final int MAX_FIELDS = 32;
    public static final int MAX_NAME = 100;

    private Limits() {
    }

    /** A message cut to {@link #MAX_MESSAGE} characters. */
    public static String bounded(String message) {
        if (message == null) {
            return "null";
        }
        return message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "… (" + (message.length() - MAX_MESSAGE) + " more characters)";
    }

    /** About how many characters a number prints as, from its size in bits. */
    public static long digits(Number number) {
        if (number instanceof BigInteger big) {
            return (long) (big.bitLength() * 0.30103) + 2;
        }
        if (number instanceof BigDecimal dec) {
            long unscaled = (long) (dec.unscaledValue().bitLength() * 0.30103) + 2;
            return unscaled + Long.toString(dec.scale()).length() + 3;
        }
        return 24;
    }

    /** Text for a log line: a huge number is described, not printed. */
    static String printable(Object value, int maxChars) {
        if ((value instanceof BigInteger || value instanceof BigDecimal) && digits((Number) value) > maxChars) {
            return "a number of about " + digits((Number) value) + " digits";
        }
        String text = String.valueOf(value);
        return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
    }

    /** Text a script passes to the model, refused when longer than {@code max}. */
    static String text(Object value, int max, String what) {
        if ((value instanceof BigInteger || value instanceof BigDecimal) && digits((Number) value) > max) {
            throw new ScriptFailure(what + " is longer than " + max + " characters");
        }
        String text = String.valueOf(value);
        if (text.length() > max) {
            throw new ScriptFailure(what + " is " + text.length() + " characters long; the limit is " + max);
        }
        return text;
    }

    /** True for a name (a role, an agent): one line without control characters, 1 to {@link #MAX_NAME} characters. */
    public static boolean isName(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_NAME
                && name.chars().noneMatch(c -> TerminalText.escaped((char) c, false));
    }

    /** {@code name}, or a failure saying what a name must be. */
    static String name(String name, String what) {
        if (!isName(name)) {
            throw new ScriptFailure(what + " must be one line of 1 to " + MAX_NAME
                    + " characters without control characters: '" + TerminalText.inline(String.valueOf(name), 40) + "'");
        }
        return name;
    }
}
