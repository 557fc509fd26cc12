package dev.gradio4j.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Javadoc's event examples are not only compiled: together they serve an app with every event. */
@Timeout(30)
class EventSnippetsTest {
    private static final Path EVENTS = Path.of("../gradio4j-core/src/build/events.tsv");

    @Test
    void theSnippetsWireEveryEventOfTheSpecification() throws Exception {
        Set<String> specified = new TreeSet<>();
        for (String line : Files.readAllLines(EVENTS)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                specified.add(line.split("\t")[1]);
            }
        }
        assertThat(specified).contains("click", "then", "key_up");

        try (Server server = EventSnippets.app().launch(Launch.options().port(0).quiet(true));
             HttpClient http = HttpClient.newHttpClient()) {
            String config = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Set<String> wired = new TreeSet<>();
            // Every target is [id or null, "event"]: collect the event names.
            Matcher target = Pattern.compile("\\[(?:\\d+|null),\"([a-z_]+)\"]").matcher(config);
            while (target.find()) {
                wired.add(target.group(1));
            }
            assertThat(wired).containsAll(specified);
            assertThat(List.copyOf(wired)).as("events wired that events.tsv does not list").isSubsetOf(specified);
        }
    }
}
