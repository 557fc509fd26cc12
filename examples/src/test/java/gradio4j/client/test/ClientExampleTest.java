package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example runs, against a gradio4j app, and prints what its comments say. */
class ClientExampleTest {

    @Test
    void theReadmeExamplePrintsWhatItSays(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "some notes");
        var printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (Server server = ClientTestApp.app().launch(Launch.options().port(0).quiet(true))) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            ClientExample.main(new String[] {server.url(), notes.toString()});
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .contains("  /greet(name: str, punctuation: str = \"!\") -> greeting: str (Textbox)", "Hello, Ada!", "Hello, Bo!",
                        "a", "ab", "abc", "SOME NOTES");
    }
}
