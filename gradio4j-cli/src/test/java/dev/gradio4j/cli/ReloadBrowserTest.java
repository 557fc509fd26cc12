package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload mode in a real browser: the reloader runs on a temporary app, watching its directory as
 * the command does, while {@code src/test/js/reload.test.mjs} edits the file and watches the
 * page in Debian's headless Chromium (screenshots in {@code target/screenshots}).
 */
class ReloadBrowserTest {
    @TempDir
    Path dir;

    @Test
    void editsShowInTheOpenPage() throws Exception {
        Path app = dir.resolve("App.java");
        Files.copy(Path.of("src/test/resources/reload-app/App.java"), app);
        var terminal = new ByteArrayOutputStream();
        try (var session = new ReloadSession(AppSources.file(app, null), null, 0,
                     new String[0], new PrintStream(terminal, true, StandardCharsets.UTF_8))) {
            assertThat(session.reload()).as(terminal.toString()).isTrue();
            try (var watcher = new SourceWatcher(List.of(dir), changed -> session.reload())) {
                ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1",
                        "reload.test.mjs")
                        .directory(Path.of("src/test/js").toAbsolutePath().toFile())
                        .redirectErrorStream(true);
                builder.environment().put("APP_URL", session.server().url() + "/");
                builder.environment().put("APP_FILE", app.toString());
                builder.environment().put("SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
                builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
                Files.createDirectories(Path.of("target/screenshots"));
                Process node = builder.start();
                node.getOutputStream().close();
                String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("node finished").isTrue();
                System.out.println(output);
                System.out.println(terminal);
                assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output + "\nreloader:\n" + terminal).isZero();
                assertThat(output).contains("pass 4").contains("fail 0");
            }
        }
    }
}
