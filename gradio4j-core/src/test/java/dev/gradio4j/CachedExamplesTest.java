package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cached examples answer a click with the stored outputs, without running the function: all run
 * at start-up (eager) or each at its first click (lazy), kept on disk across restarts.
 */
class CachedExamplesTest {
    static final AtomicInteger CALLS = new AtomicInteger();

    @TempDir
    Path cache;

    @BeforeEach
    void resetCalls() {
        CALLS.set(0);
    }

    static String shout(String text) {
        CALLS.incrementAndGet();
        return text.toUpperCase(Locale.ROOT) + "!";
    }

    static Stream<String> spell(String text) {
        CALLS.incrementAndGet();
        return Stream.iterate(1, n -> n <= text.length(), n -> n + 1).map(n -> text.substring(0, n));
    }

    static BufferedImage mirror(BufferedImage image) {
        CALLS.incrementAndGet();
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                out.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
            }
        }
        return out;
    }

    private Server launch(CacheMode mode) {
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var examples = Examples.of(CachedExamplesTest::shout, text, loud, List.of("hi", "yo")).cache(mode).cacheFolder(cache);
        return Blocks.of(text, loud, examples).launch(Launch.options().port(0).quiet(true));
    }

    /** Clicks example {@code index} as the page does (the fill, then load_example) and answers load_example's data. */
    @SuppressWarnings("unchecked")
    static List<Object> click(WireClient client, int index) {
        String session = WireClient.newSession();
        client.join(client.fnIndex("load_example"), session, index);
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(completed).as("load_example: %s", completed).containsEntry("success", true);
            return (List<Object>) ((Map<String, Object>) completed.get("output")).get("data");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEventsAreGradiosAFillOutsideTheQueueThenLoadExampleOnTheDataset() {
        try (Server server = launch(CacheMode.EAGER); var client = new WireClient(server)) {
            var dependencies = (List<Map<String, Object>>) client.config().get("dependencies");
            var fill = dependencies.stream().filter(d -> "load_example_input".equals(d.get("api_name"))).findFirst().orElseThrow();
            var load = dependencies.stream().filter(d -> "load_example".equals(d.get("api_name"))).findFirst().orElseThrow();
            assertThat(fill).containsEntry("queue", false).containsEntry("show_progress", "hidden")
                    .containsEntry("api_visibility", "undocumented");
            assertThat(load).containsEntry("trigger_after", fill.get("id")).containsEntry("queue", true)
                    .containsEntry("api_visibility", "undocumented").containsEntry("inputs", fill.get("inputs"));
            assertThat(dependencies).as("the function itself is not wired to the examples")
                    .noneMatch(d -> "shout".equals(d.get("api_name")));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dependencies(WireClient client) {
        return (List<Map<String, Object>>) client.config().get("dependencies");
    }

    /** Runs the dependency named {@code apiName} in the queue, as the page does on load (its one input a State), and answers its data. */
    @SuppressWarnings("unchecked")
    static List<Object> runNamed(WireClient client, String apiName, Object... data) {
        String session = WireClient.newSession();
        client.join(client.fnIndex(apiName), session, data);
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(completed).as("%s: %s", apiName, completed).containsEntry("success", true);
            return (List<Object>) ((Map<String, Object>) completed.get("output")).get("data");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eagerExamplesPreloadTheFirstWhenThePageLoadsAsGradiosTwoLoadEventsOnStates() {
        try (Server server = launch(CacheMode.EAGER); var client = new WireClient(server)) {
            var dependencies = dependencies(client);
            var fill = dependencies.stream().filter(d -> "load_example_input_1".equals(d.get("api_name"))).findFirst().orElseThrow();
            var load = dependencies.stream().filter(d -> "load_example_output".equals(d.get("api_name"))).findFirst().orElseThrow();
            var click = dependencies.stream().filter(d -> "load_example_input".equals(d.get("api_name"))).findFirst().orElseThrow();
            for (var event : List.of(fill, load)) {
                assertThat(event.get("targets")).as("a load of the app itself").isEqualTo(List.of(List.of(0, "load")));
                assertThat(event).containsEntry("show_progress", "hidden").containsEntry("api_visibility", "undocumented")
                        .containsEntry("trigger_after", null);
            }
            assertThat(fill).containsEntry("queue", false).containsEntry("outputs", click.get("outputs"));
            assertThat(load).containsEntry("queue", true);
            var components = (List<Map<String, Object>>) client.config().get("components");
            for (var event : List.of(fill, load)) {
                int state = ((List<Integer>) event.get("inputs")).getFirst();
                assertThat(components).filteredOn(c -> c.get("id").equals(state)).extracting(c -> c.get("type")).containsExactly("state");
            }
            assertThat(fill.get("inputs")).as("a State each, as Gradio's").isNotEqualTo(load.get("inputs"));
            // What the page does when it opens: the example's values, then its cached outputs.
            assertThat(runNamed(client, "load_example_input_1", (Object) null)).containsExactly("hi");
            assertThat(runNamed(client, "load_example_output", (Object) null)).containsExactly("HI!");
            assertThat(CALLS.get()).as("the preload ran nothing after the start-up's caching").isEqualTo(2);
        }
    }

    @Test
    void anotherExampleIsPreloadedByItsIndexAndABadIndexSaysHowManyThereAre() {
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var examples = Examples.of(CachedExamplesTest::shout, text, loud, List.of("hi", "yo")).cache(CacheMode.EAGER).cacheFolder(cache)
                .preload(1);
        try (Server server = Blocks.of(text, loud, examples).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            assertThat(runNamed(client, "load_example_output", (Object) null)).containsExactly("YO!");
        }
        assertThatThrownBy(() -> examples.preload(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("preload 2").hasMessageContaining("2 examples (indices 0 to 1)");
        assertThatThrownBy(() -> examples.preload(-1)).hasMessageContaining("preload -1");
        assertThatThrownBy(() -> Interface.of(CachedExamplesTest::shout, text, loud).examples("hi").cacheExamples(true)
                .preloadExample(3).toBlocks()).hasMessageContaining("there is 1 example (index 0)");
    }

    @Test
    void nothingIsPreloadedWhenLazyTurnedOffOrAnInputHasAValueOfItsOwn() {
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var off = Examples.of(CachedExamplesTest::shout, text, loud, List.of("hi")).cache(CacheMode.EAGER).cacheFolder(cache).preload(false);
        var valued = Textbox.create().label("text").value("mine");
        var withValue = Examples.of(CachedExamplesTest::shout, valued, loud, List.of("hi")).cache(CacheMode.EAGER).cacheFolder(cache);
        var lazyInput = Textbox.create().label("text");
        var lazy = Examples.of(CachedExamplesTest::shout, lazyInput, loud, List.of("hi")).cache(CacheMode.LAZY).cacheFolder(cache);
        for (Blocks app : List.of(Blocks.of(text, loud, off), Blocks.of(valued, loud, withValue), Blocks.of(lazyInput, loud, lazy))) {
            try (Server server = app.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
                assertThat(dependencies(client)).extracting(d -> d.get("api_name"))
                        .containsExactly("load_example_input", "load_example");
            }
        }
        var chat = ChatInterface.of(CachedExamplesTest::echo).examples("hello").cacheExamples(true).examplesCacheFolder(cache);
        try (Server server = chat.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            assertThat(dependencies(client)).as("a chat opens empty, as Gradio's").extracting(d -> d.get("api_name"))
                    .doesNotContain("load_example_output");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExamplesDatasetIsGradiosTupleTypeAndItsIndexIsAnIntegerInTheApi() {
        try (Server server = launch(CacheMode.EAGER); var client = new WireClient(server)) {
            var dataset = ((List<Map<String, Object>>) client.config().get("components")).stream()
                    .filter(c -> "dataset".equals(c.get("type"))).findFirst().orElseThrow();
            assertThat((Map<String, Object>) dataset.get("props")).containsEntry("type", "tuple");
            assertThat(dataset).containsEntry("skip_api", false).containsEntry("example_inputs", 0)
                    .containsEntry("api_info", Map.of("type", "integer", "description", "index of selected example"));
        }
    }

    @Test
    void eagerExamplesRunAtStartAndAClickDoesNotRunTheFunction() {
        try (Server server = launch(CacheMode.EAGER); var client = new WireClient(server)) {
            assertThat(CALLS.get()).as("every example ran at start").isEqualTo(2);
            assertThat(click(client, 1)).containsExactly("YO!");
            assertThat(click(client, 0)).containsExactly("HI!");
            assertThat(CALLS.get()).as("the clicks ran nothing").isEqualTo(2);
        }
    }

    @Test
    void aRestartWithTheSameFunctionAndInputsRunsNothing() {
        try (Server first = launch(CacheMode.EAGER)) {
            assertThat(CALLS.get()).isEqualTo(2);
        }
        try (Server second = launch(CacheMode.EAGER); var client = new WireClient(second)) {
            assertThat(CALLS.get()).as("the cache on disk was reused").isEqualTo(2);
            assertThat(click(client, 1)).containsExactly("YO!");
        }
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var changed = Examples.of(CachedExamplesTest::shout, text, loud, List.of("hi", "new")).cache(CacheMode.EAGER).cacheFolder(cache);
        try (Server third = Blocks.of(text, loud, changed).launch(Launch.options().port(0).quiet(true))) {
            assertThat(CALLS.get()).as("only the changed example ran").isEqualTo(3);
        }
    }

    @Test
    void lazyExamplesRunAtTheirFirstClickOnly() {
        try (Server server = launch(CacheMode.LAZY); var client = new WireClient(server)) {
            assertThat(CALLS.get()).as("nothing ran at start").isZero();
            assertThat(click(client, 1)).containsExactly("YO!");
            assertThat(CALLS.get()).isEqualTo(1);
            assertThat(click(client, 1)).containsExactly("YO!");
            assertThat(CALLS.get()).as("the second click was answered from the cache").isEqualTo(1);
        }
        try (Server again = launch(CacheMode.LAZY); var client = new WireClient(again)) {
            assertThat(click(client, 1)).containsExactly("YO!");
            assertThat(CALLS.get()).as("a restart kept what the lazy cache stored").isEqualTo(1);
        }
    }

    @Test
    void aStreamedOutputIsCachedAsItsLastValue() {
        var text = Textbox.create().label("text");
        var spelled = Textbox.create().label("spelled");
        var examples = Examples.of(List.of(text), List.of(List.of("abc")), args -> spell((String) args.getFirst()), spelled.streaming())
                .cache(CacheMode.EAGER).cacheFolder(cache);
        try (Server server = Blocks.of(text, spelled, examples).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            assertThat(click(client, 0)).containsExactly("abc");
            assertThat(CALLS.get()).isEqualTo(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void imageExamplesGivenAsPathStringsAreCachedWithTheirFilesAcrossRestarts(@TempDir Path pictures) throws IOException {
        var red = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        red.setRGB(0, 0, 0xff0000);
        red.setRGB(1, 0, 0x0000ff);
        Path file = pictures.resolve("red.png");
        ImageIO.write(red, "png", file.toFile());
        for (int run = 0; run < 2; run++) {
            var input = Image.create().label("photo");
            var output = Image.create().label("mirrored");
            // As Gradio users write them: the file's path as a String, for an Image of BufferedImage.
            var fromPaths = Examples.of(List.of(input), List.of(List.of((Object) file.toString())),
                    args -> mirror((BufferedImage) args.getFirst()), output).cache(CacheMode.EAGER).cacheFolder(cache);
            try (Server server = Blocks.of(input, output, fromPaths).launch(Launch.options().port(0).quiet(true));
                 var client = new WireClient(server)) {
                assertThat(CALLS.get()).as("run %d", run).isEqualTo(1);
                var image = (Map<String, Object>) click(client, 0).getFirst();
                HttpResponse<byte[]> served = client.bytes("/gradio_api/file=" + image.get("path"));
                assertThat(served.statusCode()).as("the cached file is served on run %d", run).isEqualTo(200);
                BufferedImage shown = ImageIO.read(new java.io.ByteArrayInputStream(served.body()));
                assertThat(shown.getRGB(0, 0) & 0xffffff).as("mirrored: blue first").isEqualTo(0x0000ff);
            }
        }
    }

    @Test
    void aValueOfTheWrongTypeStopsTheLaunchNamingTheExampleAndTheComponent() {
        var photo = Image.create().label("photo");
        var examples = Examples.of(photo, 42);
        assertThatThrownBy(() -> Blocks.of(photo, examples).launch(Launch.options().port(0).quiet(true)))
                .hasMessageContaining("examples[0][0] (42)").hasMessageContaining("Image 'photo'").hasMessageContaining("Integer");
    }

    @Test
    void aMissingFileStopsTheLaunchSayingWhereItWasLookedFor() {
        var photo = Image.create().label("photo");
        var examples = Examples.of(photo, "no-such-picture.png");
        assertThatThrownBy(() -> Blocks.of(photo, examples).launch(Launch.options().port(0).quiet(true)))
                .hasMessageContaining("examples[0][0] (no-such-picture.png)").hasMessageContaining("does not exist")
                .hasMessageContaining(Path.of("no-such-picture.png").toAbsolutePath().toString());
    }

    @Test
    void cachingExamplesWithoutAFunctionIsRefused() {
        var text = Textbox.create();
        assertThatThrownBy(() -> Examples.of(text, "a").cache(CacheMode.EAGER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Examples.of(fn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void labelsAndPagingAreSentAsGradiosSampleLabelsAndSamplesPerPage() {
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var app = Interface.of(CachedExamplesTest::shout, text, loud).examples("hi", "yo").exampleLabels("first", "second")
                .examplesPerPage(1);
        try (Server server = app.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            var dataset = ((List<Map<String, Object>>) client.config().get("components")).stream()
                    .filter(c -> "dataset".equals(c.get("type"))).findFirst().orElseThrow();
            var props = (Map<String, Object>) dataset.get("props");
            assertThat(props).containsEntry("sample_labels", List.of("first", "second")).containsEntry("samples_per_page", 1);
        }
        assertThatThrownBy(() -> Interface.of(CachedExamplesTest::shout, text, loud).examples("hi").exampleLabels("a", "b").toBlocks())
                .hasMessageContaining("one label per example");
    }

    @Test
    void anInterfaceCachesItsExamples() {
        var app = Interface.of(CachedExamplesTest::shout, Textbox.create().label("text"), Textbox.create().label("loud"))
                .examples("hi", "yo").cacheExamples(true).cacheMode(CacheMode.LAZY).examplesCacheFolder(cache);
        try (Server server = app.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            assertThat(CALLS.get()).isZero();
            assertThat(click(client, 0)).containsExactly("HI!");
            assertThat(click(client, 0)).containsExactly("HI!");
            assertThat(CALLS.get()).isEqualTo(1);
        }
    }

    static String echo(String message, List<ChatMessage> history) {
        CALLS.incrementAndGet();
        return "echo " + message + " after " + history.size();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChatInterfaceCachesTheAnswersToItsExampleMessages() {
        var chat = ChatInterface.of(CachedExamplesTest::echo).examples("hello", "bye").cacheExamples(true).examplesCacheFolder(cache);
        try (Server server = chat.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            assertThat(CALLS.get()).as("each example message was answered at start").isEqualTo(2);
            var data = click(client, 1);
            var conversation = (List<Map<String, Object>>) data.getFirst();
            assertThat(conversation).extracting(m -> m.get("role")).containsExactly("user", "assistant");
            assertThat(conversation.toString()).contains("bye").contains("echo bye after 0");
            assertThat(data.get(1)).as("the message box is emptied").isEqualTo("");
            assertThat(CALLS.get()).as("the click ran nothing").isEqualTo(2);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChatInterfaceShowsItsExamplesByTheirLabelsInTheChatbotAndRefusesAWrongCount() {
        var chat = ChatInterface.of(CachedExamplesTest::echo).examples("hello", "bye").exampleLabels("Greet", "Leave")
                .cacheExamples(true).examplesCacheFolder(cache);
        try (Server server = chat.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            var components = (List<Map<String, Object>>) client.config().get("components");
            var chatbot = components.stream().filter(c -> "chatbot".equals(c.get("type"))).findFirst().orElseThrow();
            assertThat(((Map<String, Object>) chatbot.get("props")).get("examples")).as("Gradio's ExampleMessages")
                    .isEqualTo(List.of(Map.of("text", "hello", "display_text", "Greet"), Map.of("text", "bye", "display_text", "Leave")));
            var dataset = components.stream().filter(c -> "dataset".equals(c.get("type"))).findFirst().orElseThrow();
            assertThat((Map<String, Object>) dataset.get("props")).as("as Gradio's hidden Dataset, without the labels")
                    .containsEntry("visible", false).containsEntry("samples", List.of(List.of("hello"), List.of("bye")))
                    .doesNotContainKey("sample_labels");
            assertThat(click(client, 1).getFirst().toString()).as("the message sent is the example's, not its label")
                    .contains("echo bye after 0");

            var response = client.post("/gradio_api/run/chat_example", Map.of("data", List.of(),
                    "event_data", Map.of("index", 0, "value", Map.of("text", "hello", "files", List.of()))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var shown = (List<Map<String, Object>>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
            assertThat(shown).extracting(m -> m.get("role")).containsExactly("user", "assistant");
            assertThat(shown.toString()).contains("echo hello after 0");
            assertThat(CALLS.get()).as("a click on the chat's card ran nothing either").isEqualTo(2);
        }
        assertThatThrownBy(() -> ChatInterface.of(CachedExamplesTest::echo).examples("hello").exampleLabels("a", "b").toBlocks())
                .hasMessageContaining("one label per example: 1 examples, 2 labels");
    }
}
