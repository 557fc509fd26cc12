package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.examples.snippets.ClientSnippets;
import org.junit.jupiter.api.Test;

/** The client's Javadoc snippets that take a client, run against {@link ClientTestApp} on gradio4j. */
class ClientSnippetsTest {

    @Test
    void theSnippetsCallTheTestAppAsTheirCommentsSay() {
        try (Server server = ClientTestApp.app().launch(Launch.options().port(0).quiet(true));
             var client = Client.connect(server.url())) {
            assertThat(ClientSnippets.byIndex(client)).isEqualTo("Hello, Ada!Hello, Bo!");   // fn_index 0 is /greet
            assertThat(ClientSnippets.job(client).text(0)).isEqualTo("abc");
            assertThat(ClientSnippets.result(client)).isEqualTo("5.0 5 Hello, Ada!");
            ClientSnippets.updates(client);
            ClientSnippets.failure(client);
        }
    }
}
