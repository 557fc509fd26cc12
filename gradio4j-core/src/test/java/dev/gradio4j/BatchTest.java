package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.internal.app.HandlerResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Dependency.batch(n)}: the handler receives each input as a list of the queued requests'
 * values (at most n), and each request gets its own element of the returned list.
 */
@Timeout(30)
class BatchTest {
    static final int MAX_BATCH = 3;
    static Server server;
    static WireClient client;
    static final List<List<String>> batches = new CopyOnWriteArrayList<>();
    static final CountDownLatch firstStarted = new CountDownLatch(1);
    static final CountDownLatch gate = new CountDownLatch(1);

    @SuppressWarnings("unchecked")
    static Object shout(List<Object> args) throws InterruptedException {
        List<String> words = (List<String>) args.getFirst();
        batches.add(List.copyOf(words));
        if (batches.size() == 1) {
            firstStarted.countDown();
            assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        }
        List<String> loud = new ArrayList<>();
        words.forEach(word -> loud.add(word.toUpperCase(Locale.ROOT)));
        return List.of(loud); // one list per output, as Gradio's batch functions answer
    }

    @BeforeAll
    static void start() {
        var word = Gr.textbox();
        var loud = Gr.textbox();
        var go = Button.of("go");
        go.click(BatchTest::shout, List.of(word), loud).batch(MAX_BATCH);
        server = Blocks.of(word, loud, go).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        gate.countDown();
        client.close();
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void waitingRequestsRunTogetherInBatchesOfAtMostTheMaximum() throws Exception {
        int fn = client.fnIndex("shout");
        var config = (List<Map<String, Object>>) client.config().get("dependencies");
        assertThat(config.get(fn)).containsEntry("batch", true).containsEntry("max_batch_size", MAX_BATCH);

        String session = WireClient.newSession();
        List<String> words = List.of("first", "alpha", "beta", "gamma", "delta");
        Map<String, String> wordOf = new HashMap<>();
        wordOf.put(client.join(fn, session, words.getFirst()), words.getFirst());
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (String word : words.subList(1, words.size())) {   // these queue up behind the first run
            wordOf.put(client.join(fn, session, word), word);
        }
        gate.countDown();

        try (var stream = client.queueData(session)) {
            var completions = stream.rest().stream().filter(m -> "process_completed".equals(m.get("msg"))).toList();
            assertThat(completions).hasSize(words.size());
            for (var completed : completions) {
                String word = wordOf.get((String) completed.get("event_id"));
                assertThat(((Map<String, Object>) completed.get("output")).get("data"))
                        .as("each request gets its own result").isEqualTo(List.of(word.toUpperCase(Locale.ROOT)));
            }
        }
        assertThat(batches).hasSize(3);
        assertThat(batches.get(0)).containsExactly("first");
        assertThat(batches.get(1)).as("a full batch, in arrival order").containsExactly("alpha", "beta", "gamma");
        assertThat(batches.get(2)).containsExactly("delta");
    }

    @Test
    void aResultNotShapedAsOneListPerOutputSaysHowToShapeIt() {
        assertThat(HandlerResults.batchColumns(List.of(List.of("A", "B")), 1, 2)).containsExactly(List.of("A", "B"));
        assertThatThrownBy(() -> HandlerResults.batchColumns(List.of("A", "B"), 1, 2)).hasMessageContaining("List.of(values) for one output");
        assertThatThrownBy(() -> HandlerResults.batchColumns(List.of(List.of("A")), 1, 2)).hasMessageContaining("2 values for each of its 1 outputs");
    }

    @Test
    void aTypedHandlerCannotBeBatchedAndSaysWhy() {
        var text = Textbox.create();
        var go = Button.of("go");
        assertThatThrownBy(() -> go.click((String s) -> s, text, text).batch(4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Fn.Dynamic");
    }
}
