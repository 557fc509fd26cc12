package dev.gradio4j.cli;

import dev.gradio4j.internal.reload.ReloadableLoader;
import java.util.Map;

/**
 * One version of the app's own classes, from memory; a new loader per save. Libraries, gradio4j
 * included, come from the parent, so objects of library classes (and everything kept with
 * {@link dev.gradio4j.Reload#keep}) stay valid across versions.
 */
final class AppClassLoader extends ClassLoader implements ReloadableLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    AppClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("gradio4j-app", parent);
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
