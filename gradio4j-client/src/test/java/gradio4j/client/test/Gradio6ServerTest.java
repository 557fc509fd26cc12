package gradio4j.client.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client's scenarios against the real Gradio 6 (6.31, pinned with the examples' suites), serving {@code src/test/python/twin.py}. */
class Gradio6ServerTest extends ClientScenarios {
    private GradioTwin twin;

    @BeforeAll
    void start() throws Exception {
        twin = new GradioTwin("gradio.venv");
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
