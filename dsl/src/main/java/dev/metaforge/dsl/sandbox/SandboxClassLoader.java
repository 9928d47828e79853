package dev.metaforge.dsl.sandbox;

import java.util.Map;

/**
 * Loads the verified classes of one compiled script and nothing else. One loader per design,
 * dropped with it, so that compiled scripts do not pile up in Metaspace.
 */
final class SandboxClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    SandboxClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
        super(parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
