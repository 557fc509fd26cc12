package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.server.GradioServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Serving a new version in place (what the reloader does): an event already running finishes on
 * the old code, and an event still waiting in the queue runs the new version's function of the
 * same api name.
 */
class SwapTest {
    static Blocks version(String tag, CountDownLatch started, CountDownLatch release) {
        var text = Textbox.create().label("text");
        var out = Textbox.create().label("out");
        var go = Button.of("go");
        go.click((String s) -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            return tag + s;
        }, text, out).apiName("work").concurrencyLimit(1);
        return Blocks.of(text, out, go);
    }

    @Test
    void waitingEventsRunTheNewVersionAndRunningOnesFinishOnTheOld() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Blocks first = version("v1:", started, release);
        try (var server = GradioServer.startForReload(context -> AppCompiler.compile(first, context),
                     Launch.options().port(0).quiet(true).settings());
             var client = new WireClient(server)) {
            int fn = client.fnIndex("work");
            String session = WireClient.newSession();
            String running = client.join(fn, session, "a");
            String waiting = client.join(fn, session, "b");
            var stream = client.queueData(session);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            Blocks second = version("v2:", new CountDownLatch(1), new CountDownLatch(0));
            server.swap(context -> AppCompiler.compile(second, context), Launch.options().port(0).quiet(true).settings());
            release.countDown();

            Map<String, Object> outputs = new HashMap<>();
            for (var message : stream.until(m -> "close_stream".equals(m.get("msg")))) {
                if ("process_completed".equals(message.get("msg"))) {
                    outputs.put((String) message.get("event_id"), ((List<?>) ((Map<?, ?>) message.get("output")).get("data")).getFirst());
                }
            }
            assertThat(outputs).containsEntry(running, "v1:a").containsEntry(waiting, "v2:b");
        }
    }
}
