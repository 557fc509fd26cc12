package dev.gradio4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where an app's code is: one file, a directory of sources, or a Maven project's
 * {@code src/main/java}; what to watch; and which class's {@code main} starts it.
 */
final class AppSources {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern MAIN = Pattern.compile("static\\s+void\\s+main\\s*\\(");
    private static final Set<String> SKIPPED = Set.of("target", "build", ".git", "node_modules", "out");

    private final Path file;
    private final Path sourceRoot;
    private final List<Path> watched;
    private final String mainClass;

    private AppSources(Path file, Path sourceRoot, List<Path> watched, String mainClass) {
        this.file = file;
        this.sourceRoot = sourceRoot;
        this.watched = watched;
        this.mainClass = mainClass;
    }

    /**
     * Where the app's resources are read from, fresh in each version: the watched directories
     * (the source directory, and a Maven project's {@code src/main/resources}).
     */
    List<Path> resourceDirs() {
        return watched;
    }

    /** A single-file app: that file is compiled; its directory is watched. */
    static AppSources file(Path file, String mainClass) {
        Path absolute = file.toAbsolutePath().normalize();
        return new AppSources(absolute, null, List.of(absolute.getParent()), mainClass);
    }

    /**
     * Every {@code .java} file under {@code root}, which is watched with its other files, and the
     * {@code resources} directories (a Maven project's {@code src/main/resources}), watched too.
     */
    static AppSources directory(Path root, List<Path> resources, String mainClass) {
        Path absolute = root.toAbsolutePath().normalize();
        List<Path> watched = new ArrayList<>(List.of(absolute));
        resources.forEach(path -> watched.add(path.toAbsolutePath().normalize()));
        return new AppSources(null, absolute, List.copyOf(watched), mainClass);
    }

    /** The directories whose changes make a reload. */
    List<Path> watched() {
        return watched;
    }

    /** Why there is nothing to compile (the app's file or directory is gone), or null. */
    String missing() {
        Path expected = file != null ? file : sourceRoot;
        return Files.exists(expected) ? null
                : expected + " was deleted or moved: put it back (or start gradio4j on its new place); the last version keeps serving.";
    }

    /** The sources to compile, read afresh each time so that new files join. */
    List<Path> javaFiles() {
        if (file != null) {
            return List.of(file);
        }
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            return paths.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> sourceRoot.relativize(path).getNameCount() == 1
                            || !SKIPPED.contains(sourceRoot.relativize(path).getName(0).toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sources under " + sourceRoot, e);
        }
    }

    /**
     * The class whose {@code main} starts the app: the one asked for, else the single file's
     * class, else the one source that declares a {@code main}.
     */
    String mainClass(Map<String, byte[]> compiled) throws IOException {
        if (mainClass != null) {
            return mainClass;
        }
        List<String> candidates = new ArrayList<>();
        for (Path source : file != null ? List.of(file) : javaFiles()) {
            String text = Files.readString(source);
            if (file != null || MAIN.matcher(text).find()) {
                Matcher pkg = PACKAGE.matcher(text);
                String simple = source.getFileName().toString().replaceFirst("\\.java$", "");
                candidates.add(pkg.find() ? pkg.group(1) + "." + simple : simple);
            }
        }
        candidates.removeIf(name -> !compiled.containsKey(name));
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.isEmpty()
                    ? "No class with a main method: add `public static void main(String[] args)` that launches the app."
                    : "Several classes have a main method (" + String.join(", ", candidates) + "): choose one with --main.");
        }
        return candidates.getFirst();
    }
}
