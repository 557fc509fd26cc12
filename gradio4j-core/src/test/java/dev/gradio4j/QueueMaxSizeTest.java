package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code Blocks.maxQueueSize(n)}: joins beyond n waiting events get 503 with a message, and room frees up again. */
@Timeout(30)
class QueueMaxSizeTest {
    static final int MAX = 2;
    static Server server;
    static WireClient client;
    static final CountDownLatch started = new CountDownLatch(1);
    static final CountDownLatch gate = new CountDownLatch(1);

    static String held(String text) throws InterruptedException {
        started.countDown();
        assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var out = Gr.textbox();
        var go = Button.of("go");
        go.click(QueueMaxSizeTest::held, text, out);
        server = Blocks.of(text, out, go).maxQueueSize(MAX).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        gate.countDown();
        server.close();
    }

    @Test
    void joinsBeyondTheMaximumAre503UntilTheQueueDrains() throws Exception {
        String session = WireClient.newSession();
        int fn = client.fnIndex("held");
        Map<String, Object> join = Map.of("data", java.util.List.of("x"), "fn_index", fn, "session_hash", session);

        client.join(fn, session, "running");          // takes the only slot: running, not waiting
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < MAX; i++) {
            client.join(fn, session, "waiting " + i);
        }

        var refused = client.post("/gradio_api/queue/join", join);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(WireClient.object(refused.body()).get("detail")).asString().contains("Queue is full").contains(String.valueOf(MAX));
        var refusedCall = client.post("/gradio_api/call/held", Map.of("data", java.util.List.of("x")));
        assertThat(refusedCall.statusCode()).as("/call shares the queue's bound").isEqualTo(503);
        var refusedRun = client.post("/gradio_api/run/held", Map.of("data", java.util.List.of("x")));
        assertThat(refusedRun.statusCode()).as("so does /run").isEqualTo(503);

        gate.countDown();
        try (var stream = client.queueData(session)) {
            var completions = stream.rest().stream().filter(m -> "process_completed".equals(m.get("msg"))).toList();
            assertThat(completions).hasSize(1 + MAX).allSatisfy(m -> assertThat(m).containsEntry("success", true));
        }
        assertThat(client.post("/gradio_api/queue/join", join).statusCode()).as("room again once drained").isEqualTo(200);
    }
}
