package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's classifier app ({@code examples/run classifier}) served on a real port and called
 * with the Java client: it classifies known pictures, its examples were cached at start-up, it
 * interprets, flags with an option into its folder, and carries its CSS and theme.
 */
@Timeout(120)
class ClassifierTest {

    @Test
    void classifiesCachesInterpretsFlagsAndIsStyled(@TempDir Path folder) throws Exception {
        Path flags = folder.resolve("flags");
        Path cache = folder.resolve("cache");
        FileInput sea = FileInput.of(Path.of(Classifier.picture("sea.png")));
        try (Server server = Classifier.app(flags, cache).launch(Launch.options().port(0).quiet(true));
             Client client = Client.connect(server.url())) {
            try (Stream<Path> cached = Files.walk(cache)) {
                assertThat(cached.filter(path -> path.toString().endsWith(".json")).count()).as("the three examples, cached").isEqualTo(3);
            }
            assertThat(topColour(client.predict("/classify", sea))).isEqualTo("blue");
            assertThat(topColour(client.predict("/classify", FileInput.of(Path.of(Classifier.picture("forest.png")))))).isEqualTo("green");

            assertThat(client.predict("/interpret", sea).file(0)).as("the picture with its regions tinted").isNotNull();

            Map<String, Object> config = client.config();
            assertThat(config.get("css").toString()).contains(".gradio-container {max-width: 900px}");
            assertThat(config.toString()).contains("Flag as incorrect", "Flag as ambiguous", "Flag as offensive", "Flag as other");
            assertThat(config.get("theme")).isEqualTo("soft");

            Result label = client.predict("/classify", sea);
            client.predict("/Flag", sea, label.get(0));
        }
        Path log = flags.resolve("dataset1.csv");
        assertThat(Files.readString(log)).contains("incorrect").contains("blue");
        try (Stream<Path> files = Files.walk(flags)) {
            assertThat(files.filter(path -> path.getFileName().toString().equals("sea.png")).count()).as("the flagged picture, copied").isEqualTo(1);
        }
    }

    private static Object topColour(Result answer) {
        return ((Map<?, ?>) answer.get(0)).get("label");
    }
}
