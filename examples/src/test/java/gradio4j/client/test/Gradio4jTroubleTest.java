package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.GradioClientException.Kind;
import dev.gradio4j.client.Job;
import dev.gradio4j.client.JobStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An app that goes down, is slow or is not a Gradio app: each a clear {@link GradioClientException},
 * tried on a gradio4j app started here (the client's own {@code TroubleTest} has the app that is down).
 */
class Gradio4jTroubleTest {

    @Test
    void anAppThatStopsDuringAJobEndsTheJobAsDown() {
        Server server = ClientTestApp.app().launch(Launch.options().port(0).quiet(true));
        try (var client = Client.connect(server.url())) {
            Job job = client.submit("/slow", 30.0);
            ClientScenarios.awaitStage(job, JobStatus.Stage.RUNNING);
            server.close();
            // a stopping gradio4j ends its events as cancelled; a server that just goes drops the stream
            assertThatThrownBy(() -> job.result(Duration.ofSeconds(20))).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e.kind()).isIn(Kind.CANCELLED, Kind.APP_DOWN));
            assertThat(job.status().stage().isDone()).isTrue();
            assertThatThrownBy(() -> client.predict("/greet", "anyone")).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.APP_DOWN));
        } finally {
            server.close();
        }
    }

    @Test
    void aJobMayRunLongerThanTheRequestTimeoutButAWaitIsBounded() {
        try (Server server = ClientTestApp.app().launch(Launch.options().port(0).quiet(true))) {
            // A first connect with the default timeout: a server new in a cold JVM (this test may
            // run first in its module) can take longer than 0.7 s over its first /config.
            Client.connect(server.url()).close();
            timeoutsOn(server);
        }
    }

    private static void timeoutsOn(Server server) {
        try (var client = Client.connect(server.url(), ClientOptions.defaults().withRequestTimeout(Duration.ofMillis(700)))) {
            assertThat(client.predict("/slow", 1.5).text(0)).isEqualTo("done");
            Job job = client.submit("/slow", 2.0);
            assertThatThrownBy(() -> job.result(Duration.ofMillis(300))).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
                assertThat(e).hasMessageContaining("/slow did not end within PT0.3S");
            });
            assertThat(job.result(Duration.ofSeconds(20)).text(0)).isEqualTo("done");   // it went on
        }
    }

    @Test
    void aUrlThatIsNotAGradioAppIsSaidToBeOne() {
        try (Server server = ClientTestApp.app().launch(Launch.options().port(0).quiet(true))) {
            assertThatThrownBy(() -> Client.connect(server.url() + "/gradio_api/nothing"))
                    .isInstanceOfSatisfying(GradioClientException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.API_CHANGED);
                        assertThat(e).hasMessageContaining("not a Gradio app");
                    });
        }
        assertThatThrownBy(() -> Client.connect("not an address")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither a URL").hasMessageContaining("owner/name");
    }
}
