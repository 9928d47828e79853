package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.Reply;
import dev.metaforge.dsl.ScriptFailure;
import dev.metaforge.dsl.Task;
import groovy.lang.Closure;
import groovy.lang.GString;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a call resolved at run time (on a value the type checker only knows as {@code Object})
 * may be made on: plain values and the DSL's own types, never the script object, classes,
 * metaclasses or anything that reaches the host. The member name was already checked against
 * the sandbox policy when the script was compiled; this checks the receiver the call meets at
 * run time and the value it hands back.
 */
final class DynamicReceivers {
    private static final Set<String> TASK_MEMBERS = Set.of("id", "question", "inputs", "choices", "getId",
            "getQuestion", "getInputs", "getChoices", "toString", "equals", "hashCode", "asType");
    private static final Set<String> CLOSURE_MEMBERS = Set.of("call", "doCall", "asType", "getMaximumNumberOfParameters",
            "maximumNumberOfParameters");

    private DynamicReceivers() {
    }

    /** Refuses a receiver that a dynamically resolved {@code member} may not be called on. */
    static void check(Object receiver, String member) {
        if (receiver == null || plain(receiver)) {
            return;
        }
        if (receiver instanceof Task && TASK_MEMBERS.contains(member)) {
            return;
        }
        if (receiver instanceof Closure<?> && CLOSURE_MEMBERS.contains(member) && scriptClosure(receiver)) {
            return;
        }
        throw new ScriptFailure("'." + member + "' cannot be used on " + describe(receiver)
                + " in agent scripts");
    }

    /** Refuses a result that would hand the script a class, a metaclass or a host object. */
    static Object result(Object value, String member) {
        if (value == null || plain(value) || value instanceof Task || value instanceof Closure<?>
                || value instanceof Iterator<?> || value instanceof Throwable) {
            return value;
        }
        String name = value.getClass().getName();
        if (value instanceof Class<?> || value instanceof ClassLoader || value instanceof groovy.lang.MetaClass
                || value instanceof Thread || value instanceof groovy.lang.Script || name.startsWith("java.lang.reflect.")
                || name.startsWith("java.lang.invoke.") || name.startsWith("java.io.") || name.startsWith("java.nio.")
                || name.startsWith("java.net.") || name.startsWith("dev.metaforge.") || name.startsWith("org.codehaus.groovy.reflection.")) {
            throw new ScriptFailure("'." + member + "' would hand the script " + describe(value)
                    + "; that is not available in agent scripts");
        }
        return value;
    }

    /** A closure the script wrote, or one made from it by currying or composing; never a method closure. */
    private static boolean scriptClosure(Object closure) {
        String name = closure.getClass().getName();
        return name.startsWith("Agent_") || name.equals("org.codehaus.groovy.runtime.CurriedClosure")
                || name.equals("org.codehaus.groovy.runtime.ComposedClosure");
    }

    /** Plain values: text, numbers, booleans, characters, collections, maps, regex matches, replies. */
    static boolean plain(Object value) {
        Class<?> type = value.getClass();
        String pkg = type.getPackageName();
        if (value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof GString || value instanceof Reply || value instanceof StringBuilder) {
            return true;
        }
        if (value instanceof Number) {
            return pkg.equals("java.lang") || pkg.equals("java.math");
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Map.Entry<?, ?>) {
            return pkg.equals("java.util") || pkg.equals("groovy.lang") || pkg.equals("groovy.util");
        }
        return type == java.util.regex.Matcher.class || type == java.util.Optional.class;
    }

    /** How a value is named in a refusal: its kind, never an internal class name. */
    static String describe(Object value) {
        if (value instanceof Class<?>) {
            return "a class value";
        }
        if (value instanceof groovy.lang.Script) {
            return "the script itself";
        }
        if (value instanceof Closure<?>) {
            return "a closure";
        }
        return "a value of type " + value.getClass().getSimpleName();
    }
}
