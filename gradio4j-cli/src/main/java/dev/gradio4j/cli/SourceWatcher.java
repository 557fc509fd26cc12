package dev.gradio4j.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the app's directories (file events, no polling) and reports each save once: events
 * arriving within {@link #QUIET_MILLIS} of each other are one change, so an editor's
 * truncate-then-write, or a save of several files, makes one reload. Build output, version
 * control and dependencies are ignored.
 */
final class SourceWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 15;
    private static final Set<String> IGNORED = Set.of("target", "build", ".git", "node_modules", ".idea", ".gradle", "out");

    private final WatchService watcher;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            register(root);
        }
        this.thread = Thread.ofPlatform().daemon().name("gradio4j-watcher").start(() -> watch(onChange));
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && IGNORED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watcher.take(), changed);
                for (WatchKey more; (more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // The session ended.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (IGNORED.contains(name.toString()) || name.toString().startsWith(".") || name.toString().endsWith("~")) {
                    continue;
                }
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(path);
                    } catch (IOException ignored) {
                        // Gone again already.
                    }
                }
                changed.add(path);
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
