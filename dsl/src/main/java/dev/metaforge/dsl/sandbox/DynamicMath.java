package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.ScriptFailure;
import java.util.Set;

/**
 * {@code Math} functions given values known only as {@code Object} ({@code Math.round(v * 100)}
 * on a value from an untyped map), as plain Groovy would call them: whole numbers stay whole
 * where Math keeps them so, everything else is computed as a double.
 */
public final class DynamicMath {
    static final Set<String> FUNCTIONS = Set.of("abs", "max", "min", "round", "floor", "ceil", "sqrt", "pow", "log",
            "exp", "signum");

    private DynamicMath() {
    }

    public static Object abs(Object x) {
        return whole(x) ? (Object) Math.abs(number(x).longValue()) : Math.abs(number(x).doubleValue());
    }

    public static Object max(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) Math.max(number(a).longValue(), number(b).longValue())
                : Math.max(number(a).doubleValue(), number(b).doubleValue());
    }

    public static Object min(Object a, Object b) {
        return whole(a) && whole(b) ? (Object) Math.min(number(a).longValue(), number(b).longValue())
                : Math.min(number(a).doubleValue(), number(b).doubleValue());
    }

    public static long round(Object x) {
        return Math.round(number(x).doubleValue());
    }

    public static double floor(Object x) {
        return Math.floor(number(x).doubleValue());
    }

    public static double ceil(Object x) {
        return Math.ceil(number(x).doubleValue());
    }

    public static double sqrt(Object x) {
        return Math.sqrt(number(x).doubleValue());
    }

    public static double pow(Object a, Object b) {
        return Math.pow(number(a).doubleValue(), number(b).doubleValue());
    }

    public static double log(Object x) {
        return Math.log(number(x).doubleValue());
    }

    public static double exp(Object x) {
        return Math.exp(number(x).doubleValue());
    }

    public static double signum(Object x) {
        return Math.signum(number(x).doubleValue());
    }

    private static boolean whole(Object x) {
        return x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte;
    }

    private static Number number(Object x) {
        if (x instanceof Number n) {
            return n;
        }
        if (x instanceof CharSequence text) {
            try {
                return new java.math.BigDecimal(text.toString().trim());
            } catch (NumberFormatException e) {
                throw new ScriptFailure("Math needs a number, got the text '"
                        + dev.metaforge.dsl.TerminalText.inline(text, 40) + "'");
            }
        }
        throw new ScriptFailure("Math needs a number, got " + (x == null ? "null" : DynamicReceivers.describe(x)));
    }
}
