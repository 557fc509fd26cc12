package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradio4j info} and {@code gradio4j predict} against a gradio4j app on a real port. */
class RemoteCommandsTest {
    private static Server server;

    static String greet(@Nullable String name, @Nullable Double times) {
        return ("Hello, " + name + "! ").repeat(times == null ? 1 : times.intValue()).strip();
    }

    static Path shout(@Nullable Path notes) {
        try {
            Path loud = Files.createTempFile("loud", ".txt");
            return Files.writeString(loud, Files.readString(notes).toUpperCase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        var name = Gr.textbox().label("name");
        var times = Gr.number().label("times").value(1.0);
        var greeting = Gr.textbox().label("greeting");
        var notes = Gr.file().label("notes");
        var shouted = Gr.file().label("shouted");
        var greetButton = Button.of("Greet");
        greetButton.click(RemoteCommandsTest::greet, name, times, greeting);
        var shoutButton = Button.of("Shout");
        shoutButton.click(RemoteCommandsTest::shout, notes, shouted);
        server = Blocks.of(name, times, greetButton, greeting, notes, shoutButton, shouted)
                .launch(Launch.options().port(0).quiet(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What a run of the command printed, and how it ended. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gradio4j.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void infoListsEachEndpointWithItsParametersAndDefaults() {
        var run = run("info", server.url());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/greet", "name: str", "times: float = 1", "/shout", "(File)");
    }

    @Test
    void predictPassesJsonOrTextPositionallyAndPrintsEachValue() {
        assertThat(run("predict", server.url(), "/greet", "Ada", "2").out().strip()).isEqualTo("Hello, Ada! Hello, Ada!");
        assertThat(run("predict", server.url(), "/greet", "\"42\"", "1").out().strip()).isEqualTo("Hello, 42!");
    }

    @Test
    void oneObjectOfParameterNamesIsACallByNameWithTheDefaultsForTheRest() {
        assertThat(run("predict", server.url(), "/greet", "{\"name\": \"Bo\"}").out().strip()).isEqualTo("Hello, Bo!");
    }

    @Test
    void anAtPathIsUploadedAndAReturnedFileIsDownloaded(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "quiet please");
        Path downloads = Files.createDirectory(dir.resolve("out"));
        var run = run("predict", server.url(), "/shout", "@" + notes, "--output-dir", downloads.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path saved = Path.of(run.out().strip());
        assertThat(saved.getParent()).isEqualTo(downloads.toAbsolutePath());
        assertThat(Files.readString(saved)).isEqualTo("QUIET PLEASE");
    }

    @Test
    void mistakesAreOneLineOnStandardErrorAndAFailingExitCode() throws IOException {
        var unknown = run("predict", server.url(), "/grete", "Ada");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("/grete").contains("/greet");

        var noFile = run("predict", server.url(), "/shout", "@/no/such/file.txt");
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err()).contains("No file").contains("/no/such/file.txt");

        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var down = run("info", "http://127.0.0.1:" + port);
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).isNotBlank().doesNotContain("Exception in thread").doesNotContain("\tat ");
    }
}
