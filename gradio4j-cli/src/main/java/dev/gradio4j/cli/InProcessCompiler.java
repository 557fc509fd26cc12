package dev.gradio4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One {@code javac} kept warm in this process for the whole session (a recompile takes tens of
 * milliseconds instead of a new {@code javac} process's second). Class files stay in memory.
 */
final class InProcessCompiler {
    /**
     * A compile's outcome: the classes by binary name and the source each came from, or javac's
     * messages.
     */
    record Result(Map<String, byte[]> classes, Map<String, Path> sources, String errors) {
        boolean ok() {
            return errors == null;
        }
    }

    private final JavaCompiler javac;
    private final StandardJavaFileManager files;
    private final String classpath;

    /** @param classpath what the app compiles against: this process's classpath and the app's libraries */
    InProcessCompiler(String classpath) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This Java runtime has no compiler: run gradio4j with a JDK, not a JRE.");
        }
        this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        this.classpath = classpath;
    }

    /** Compiles {@code sources} together. */
    Result compile(List<Path> sources) throws IOException {
        return compile(sources, null);
    }

    /**
     * Compiles {@code sources} together, against the class files in {@code classes} (the app's
     * other, unchanged classes) too when it is not null.
     */
    Result compile(List<Path> sources, Path classes) throws IOException {
        Map<String, byte[]> compiled = new ConcurrentHashMap<>();
        Map<String, Path> origins = new ConcurrentHashMap<>();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        String path = classes == null ? classpath : classes + java.io.File.pathSeparator + classpath;
        // -parameters: the API names endpoints' parameters after the handler's own.
        List<String> options = List.of("-classpath", path, "-parameters", "-g", "-proc:none", "-Xlint:none", "-implicit:none");
        var units = files.getJavaFileObjectsFromPaths(sources);
        try (var memory = new MemoryFileManager(files, compiled, origins)) {
            boolean ok = javac.getTask(null, memory, diagnostics, options, null, units).call();
            return ok ? new Result(Map.copyOf(compiled), Map.copyOf(origins), null)
                    : new Result(Map.of(), Map.of(), describe(diagnostics.getDiagnostics()));
        }
    }

    /** javac's own layout: {@code File.java:12: error: message}, the line, a caret under the column. */
    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) throws IOException {
        List<String> out = new ArrayList<>();
        int errors = 0;
        for (var d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()) + ":" + d.getLineNumber() + ": ";
            out.add(where + "error: " + d.getMessage(Locale.ROOT));
            if (d.getSource() != null && d.getLineNumber() > 0) {
                List<String> lines = Files.readAllLines(Path.of(d.getSource().toUri()));
                if (d.getLineNumber() <= lines.size()) {
                    out.add(lines.get((int) d.getLineNumber() - 1));
                    out.add(" ".repeat((int) Math.max(0, d.getColumnNumber() - 1)) + "^");
                }
            }
        }
        out.add(errors + (errors == 1 ? " error" : " errors"));
        return String.join("\n", out);
    }

    /** Sends class files to memory instead of disk, noting the source of each. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, byte[]> classes;
        private final Map<String, Path> origins;

        MemoryFileManager(JavaFileManager files, Map<String, byte[]> classes, Map<String, Path> origins) {
            super(files);
            this.classes = classes;
            this.origins = origins;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            if (sibling != null && "file".equals(sibling.toUri().getScheme())) {
                origins.put(className, Path.of(sibling.toUri()));
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }

        @Override
        public void close() {
            // The standard file manager is shared by every compile of the session; it stays open.
        }
    }
}
