package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.GradioClientException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code Client.connect("owner/name")}: the Space's address comes from the Hub, here a
 * {@link FakeHub} on this machine (the real Hub is out of CI's reach), and the app at that
 * address is the real Gradio 6 serving the twin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceNameTest {
    private GradioTwin twin;
    private FakeHub hub;
    private ClientOptions options;

    @BeforeAll
    void start() throws Exception {
        twin = new GradioTwin("gradio.venv");
        hub = new FakeHub();
        options = ClientOptions.defaults().withHubUrl(hub.url() + "/");
        hub.add("ada/twin", new FakeHub.Space(twin.url + "/", "RUNNING", null));
        hub.add("ada/secret-twin", new FakeHub.Space(twin.url, "RUNNING", "hf_right"));
        hub.add("ada/rebuilding", new FakeHub.Space(twin.url, "RUNNING_BUILDING", null));
        hub.add("ada/asleep", new FakeHub.Space("https://ada-asleep.hf.space", "SLEEPING", null));
        hub.add("ada/building", new FakeHub.Space("https://ada-building.hf.space", "BUILDING", null));
        hub.add("ada/broken", new FakeHub.Space("https://ada-broken.hf.space", "RUNTIME_ERROR", null));
        hub.add("ada/paused", new FakeHub.Space("https://ada-paused.hf.space", "PAUSED", null));
        hub.add("ada/recorder", new FakeHub.Space(hub.url() + "/app", "RUNNING", "hf_right"));
    }

    @AfterAll
    void stop() {
        if (hub != null) {
            hub.close();
        }
        if (twin != null) {
            twin.close();
        }
    }

    @Test
    void aSpacesNameIsResolvedThroughTheHubToTheAppThatServesIt() {
        try (var client = Client.connect("ada/twin", options)) {
            assertThat(client.predict("/greet", "Space").text(0)).isEqualTo("Hello, Space!");
            assertThat(client.toString()).contains(twin.url);
        }
        try (var client = Client.connect("ada/rebuilding", options)) {   // a rebuild runs beside the old one, which answers
            assertThat(client.predict("/reverse", "ab").text(0)).isEqualTo("ba");
        }
    }

    @Test
    void aPrivateSpaceIsFoundWithItsTokenAndOnlyWithIt() {
        try (var client = Client.connect("ada/secret-twin", options.withToken("hf_right"))) {
            assertThat(client.predict("/greet", "owner").text(0)).isEqualTo("Hello, owner!");
        }
        assertThat(hub.authorizations).contains("Bearer hf_right");
        assertThatThrownBy(() -> Client.connect("ada/secret-twin", options)).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.APP_DOWN);
            assertThat(e).hasMessageContaining("knows no Space \"ada/secret-twin\"").hasMessageContaining("withToken");
        });
        assertThatThrownBy(() -> Client.connect("ada/secret-twin", options.withToken("hf_wrong")))
                .isInstanceOfSatisfying(GradioClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.LOGIN_REFUSED);
                    assertThat(e).hasMessageContaining("refused the token").hasMessageContaining("/settings/tokens");
                });
    }

    @Test
    void theTokenGoesToTheAppAsGradiosPythonClientSendsIt() {
        assertThatThrownBy(() -> Client.connect("ada/recorder", options.withToken("hf_right")))
                .isInstanceOfSatisfying(GradioClientException.class, e -> assertThat(e).hasMessageContaining("not a Gradio app"));
        assertThat(hub.appHeaders).containsExactly("Bearer hf_right / null");   // X-HF-Authorization, and no Authorization
    }

    @Test
    void aSpaceThatDoesNotExistOrDoesNotRunIsSaidSoWithWhatToDo() {
        assertThatThrownBy(() -> Client.connect("ada/nothing-here", options)).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.APP_DOWN);
            assertThat(e).hasMessageContaining("knows no Space \"ada/nothing-here\"").hasMessageContaining("check its name");
        });
        assertNotRunning("ada/asleep", "is asleep (SLEEPING)", hub.url() + "/spaces/ada/asleep");
        assertNotRunning("ada/building", "still starting (BUILDING)", "retry in a minute");
        assertNotRunning("ada/broken", "does not run (RUNTIME_ERROR)", "its owner must fix it");
        assertNotRunning("ada/paused", "stopped by its owner (PAUSED)", "only they can restart it");
    }

    private void assertNotRunning(String space, String... words) {
        assertThatThrownBy(() -> Client.connect(space, options)).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.APP_DOWN);
            assertThat(e).hasMessageContaining("The Space \"" + space + "\"").hasMessageContaining(words[0]).hasMessageContaining(words[1]);
        });
    }

    @Test
    void theHubsAddressMustBeAUrl() {
        assertThatThrownBy(() -> ClientOptions.defaults().withHubUrl("huggingface.co")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://");
        assertThat(ClientOptions.defaults().hubUrl()).isEqualTo("https://huggingface.co");
    }
}
