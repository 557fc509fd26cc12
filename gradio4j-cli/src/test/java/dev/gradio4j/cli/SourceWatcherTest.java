package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves become one change each; build output and version control are not watched. */
class SourceWatcherTest {
    @TempDir
    Path dir;

    @Test
    void aTruncateThenWriteSaveIsOneChange() throws Exception {
        Path source = Files.writeString(dir.resolve("App.java"), "class App {}");
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (var watcher = new SourceWatcher(List.of(dir), changes::add)) {
            Files.writeString(source, "");
            Files.writeString(source, "class App { int x; }");
            assertThat(changes.poll(5, TimeUnit.SECONDS)).containsExactly(source);
            assertThat(changes.poll(300, TimeUnit.MILLISECONDS)).as("a second change for the same save").isNull();
        }
    }

    @Test
    void newDirectoriesAreWatchedAndBuildOutputIsNot() throws Exception {
        Files.createDirectories(dir.resolve("target/classes"));
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (var watcher = new SourceWatcher(List.of(dir), changes::add)) {
            Files.writeString(dir.resolve("target/classes/App.class"), "x");
            assertThat(changes.poll(400, TimeUnit.MILLISECONDS)).as("a change under target/").isNull();

            Path pkg = Files.createDirectories(dir.resolve("pkg"));
            assertThat(changes.poll(5, TimeUnit.SECONDS)).contains(pkg);
            Path helper = Files.writeString(pkg.resolve("Helper.java"), "class Helper {}");
            assertThat(changes.poll(5, TimeUnit.SECONDS)).contains(helper);
        }
    }
}
