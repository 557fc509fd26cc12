package dev.gradio4j.cli;

import dev.gradio4j.internal.reload.ReloadableLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * One version of the app's own classes, from memory, and its resources, from its directories as
 * they are now; a new loader per save. Libraries, gradio4j included, come from the parent, so
 * objects of library classes (and everything kept with {@link dev.gradio4j.Reload#keep}) stay
 * valid across versions.
 */
final class AppClassLoader extends ClassLoader implements ReloadableLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final List<Path> resourceDirs;

    AppClassLoader(Map<String, byte[]> classes, List<Path> resourceDirs, ClassLoader parent) {
        super("gradio4j-app", parent);
        this.classes = classes;
        this.resourceDirs = resourceDirs;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected URL findResource(String name) {
        for (Path dir : resourceDirs) {
            Path file = dir.resolve(name).normalize();
            if (file.startsWith(dir) && Files.isRegularFile(file)) {
                try {
                    return file.toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
