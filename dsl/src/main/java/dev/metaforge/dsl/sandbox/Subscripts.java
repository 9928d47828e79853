package dev.metaforge.dsl.sandbox;

import dev.metaforge.dsl.ScriptFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;

/**
 * Subscripts with a key computed at run time. Groovy compiles {@code m[key]} with a String key
 * as a read of the property named {@code key}, which on most objects reaches any getter; here it
 * reads a map's entry and nothing else. {@code x[k] = v} and {@code x[k] += v} come here too (the
 * compiler rewrites them, see {@link SubscriptAssignments}): a map entry or a list element.
 */
public final class Subscripts {
    static final String OWNER = "dev/metaforge/dsl/sandbox/Subscripts";

    private Subscripts() {
    }

    /** {@code value[name]} with a String key: a map's entry. */
    public static Object getAt(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return DynamicReceivers.result(map.get(name), "getAt");
        }
        throw refused(value, name);
    }

    /** {@code values[name]} on a collection: the entry of every map in it, as Groovy spreads it. */
    public static List<Object> getAt(Collection<?> values, String name) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object value : values) {
            out.add(value == null ? null : getAt(value, name));
        }
        return out;
    }

    /** {@code value[name] = item} with a String key: a map's entry. */
    public static void putAt(Object value, String name, Object item) {
        set(value, name, item);
    }

    /** {@code container[key] = item}; the value of the assignment is {@code item}. */
    @SuppressWarnings("unchecked")
    public static Object set(Object container, Object key, Object item) {
        if (container instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(key, item);
            return item;
        }
        if (container instanceof List<?> list && key instanceof Number index) {
            DefaultGroovyMethods.putAt((List<Object>) list, index.intValue(), item);
            return item;
        }
        if (container instanceof StringBuilder || container == null || !(key instanceof Number)) {
            throw refused(container, key);
        }
        throw new ScriptFailure("cannot assign to an element of " + DynamicReceivers.describe(container)
                + "; use a List or a Map");
    }

    private static ScriptFailure refused(Object value, Object key) {
        if (value == null) {
            return new ScriptFailure("cannot use [" + key + "] on null");
        }
        return new ScriptFailure("x['" + key + "'] with a computed name works on maps only, not on "
                + DynamicReceivers.describe(value) + "; use a Map, or the property's own name");
    }
}
