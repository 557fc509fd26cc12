package gradio4j.client.test;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The client's scenarios against a gradio4j app, started in this JVM. */
class Gradio4jServerTest extends ClientScenarios {
    private Server open;
    private Server login;

    @BeforeAll
    void launch() {
        open = ClientTestApp.app().launch(Launch.options().port(0).quiet(true));
        login = ClientTestApp.app().launch(Launch.options().auth("admin", "pass1234").port(0).quiet(true));
    }

    @AfterAll
    void stop() {
        if (open != null) {
            open.close();
        }
        if (login != null) {
            login.close();
        }
    }

    @Override
    String url() {
        return open.url();
    }

    @Override
    String loginUrl() {
        return login.url();
    }
}
