package gradio4j.client.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client's scenarios against the real Gradio 4 (4.44.1, the last 4.x: its API is at the root, without /gradio_api), serving {@code src/test/python/twin.py}. */
class Gradio4ServerTest extends ClientScenarios {
    private GradioTwin twin;

    @BeforeAll
    void start() throws Exception {
        twin = new GradioTwin("gradio4.venv");
    }

    @AfterAll
    void stop() {
        if (twin != null) {
            twin.close();
        }
    }

    @Override
    String url() {
        return twin.url;
    }

    @Override
    String loginUrl() {
        return twin.loginUrl;
    }
}
