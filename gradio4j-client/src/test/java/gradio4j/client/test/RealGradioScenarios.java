package gradio4j.client.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client's scenarios against a real Gradio serving {@code src/test/python/twin.py}, from the venv a subclass names. */
abstract class RealGradioScenarios extends ClientScenarios {
    private final String venvProperty;
    private GradioTwin twin;

    /** @param venvProperty the system property that holds the venv's folder */
    RealGradioScenarios(String venvProperty) {
        this.venvProperty = venvProperty;
    }

    @BeforeAll
    void start() throws Exception {
        twin = new GradioTwin(venvProperty);
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
