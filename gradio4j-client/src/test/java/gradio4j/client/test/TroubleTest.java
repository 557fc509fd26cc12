package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.GradioClientException.Kind;
import org.junit.jupiter.api.Test;

/**
 * An app that is down: a clear {@link GradioClientException}. An app that goes down, is slow or is
 * not a Gradio app is tried on a gradio4j app, in the examples' {@code Gradio4jTroubleTest}.
 */
class TroubleTest {

    @Test
    void anAppThatIsDownIsSaidToBeDown() {
        String url = "http://127.0.0.1:" + GradioTwin.freePort();
        assertThatThrownBy(() -> Client.connect(url)).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.APP_DOWN);
            assertThat(e).hasMessageContaining("Cannot connect to " + url + "/config").hasMessageContaining("start the app");
        });
    }
}
