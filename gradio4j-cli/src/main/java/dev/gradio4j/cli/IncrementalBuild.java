package dev.gradio4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The app's classes across saves: each build recompiles only the sources whose text changed and
 * the sources that depend on them (following class references, transitively), against the
 * unchanged classes of the last build. A changed class with compile-time constants, which javac
 * copies into their users without a trace, makes a full build, as does the first one.
 */
final class IncrementalBuild {
    /** A build's outcome: all of the app's classes now, the sources compiled, or javac's messages. */
    record Result(Map<String, byte[]> classes, List<Path> compiled, String errors) {
        boolean ok() {
            return errors == null;
        }
    }

    private final InProcessCompiler compiler;
    private Map<String, byte[]> classes = Map.of();
    private Map<String, Path> origins = Map.of();
    private Map<Path, String> digests = Map.of();

    IncrementalBuild(InProcessCompiler compiler) {
        this.compiler = compiler;
    }

    /** Builds the app from {@code sources}, all of its source files as they are now. */
    Result build(List<Path> sources) throws IOException {
        Map<Path, String> now = new HashMap<>();
        for (Path source : sources) {
            now.put(source, digest(source));
        }
        Set<Path> changed = new HashSet<>();
        for (Path source : sources) {
            if (!now.get(source).equals(digests.get(source))) {
                changed.add(source);
            }
        }
        Set<Path> removed = new HashSet<>(digests.keySet());
        removed.removeAll(now.keySet());
        if (digests.isEmpty() || needsFullBuild(changed, removed)) {
            return remember(compiler.compile(sources), sources, now, Map.of(), Map.of());
        }
        Set<Path> toCompile = withDependents(changed, removed, now.keySet());
        Map<String, byte[]> kept = new HashMap<>();
        Map<String, Path> keptOrigins = new HashMap<>();
        classes.forEach((name, bytes) -> {
            Path origin = origins.get(name);
            if (!toCompile.contains(origin) && !removed.contains(origin)) {
                kept.put(name, bytes);
                keptOrigins.put(name, origin);
            }
        });
        List<Path> compiling = toCompile.stream().sorted().toList();
        if (compiling.isEmpty()) {
            return remember(new InProcessCompiler.Result(Map.of(), Map.of(), null), compiling, now, kept, keptOrigins);
        }
        Path unchanged = Files.createTempDirectory("gradio4j-classes");
        try {
            for (var entry : kept.entrySet()) {
                Path file = unchanged.resolve(entry.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            return remember(compiler.compile(compiling, unchanged), compiling, now, kept, keptOrigins);
        } finally {
            try (Stream<Path> paths = Files.walk(unchanged)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private Result remember(InProcessCompiler.Result result, List<Path> compiled, Map<Path, String> now,
                            Map<String, byte[]> kept, Map<String, Path> keptOrigins) {
        if (!result.ok()) {
            return new Result(Map.of(), compiled, result.errors());
        }
        Map<String, byte[]> all = new HashMap<>(kept);
        all.putAll(result.classes());
        Map<String, Path> allOrigins = new HashMap<>(keptOrigins);
        allOrigins.putAll(result.sources());
        classes = Map.copyOf(all);
        origins = Map.copyOf(allOrigins);
        digests = Map.copyOf(now);
        return new Result(classes, compiled, null);
    }

    /** Whether a changed or removed source's classes hold constants that users may have copied. */
    private boolean needsFullBuild(Set<Path> changed, Set<Path> removed) {
        for (var entry : classes.entrySet()) {
            Path origin = origins.get(entry.getKey());
            if ((changed.contains(origin) || removed.contains(origin)) && ClassDependencies.of(entry.getValue()).declaresConstants()) {
                return true;
            }
        }
        return false;
    }

    /** {@code changed}, and every existing source whose classes use, directly or not, a class of a changed or removed source. */
    private Set<Path> withDependents(Set<Path> changed, Set<Path> removed, Set<Path> existing) {
        Map<String, Set<String>> usersOf = new HashMap<>();
        classes.forEach((name, bytes) -> {
            for (String used : ClassDependencies.of(bytes).referenced()) {
                usersOf.computeIfAbsent(used, k -> new HashSet<>()).add(name);
            }
        });
        Set<Path> result = new HashSet<>(changed);
        Set<Path> seen = new HashSet<>(changed);
        seen.addAll(removed);
        var pending = new ArrayDeque<>(seen);
        while (!pending.isEmpty()) {
            Path source = pending.poll();
            for (var entry : origins.entrySet()) {
                if (!entry.getValue().equals(source)) {
                    continue;
                }
                for (String user : usersOf.getOrDefault(entry.getKey(), Set.of())) {
                    Path dependent = origins.get(user);
                    if (dependent != null && existing.contains(dependent) && seen.add(dependent)) {
                        result.add(dependent);
                        pending.add(dependent);
                    }
                }
            }
        }
        return result;
    }

    private static String digest(Path source) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(source)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
