package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Examples fill their inputs when clicked, and, when given a function, run it afterwards. */
class ExamplesTest {
    static Server server;
    static WireClient client;
    static List<Map<String, Object>> dependencies;

    static String shout(String text) {
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        var text = Textbox.create().label("text");
        var loud = Textbox.create().label("loud");
        var filling = Examples.of(text, "only fills");
        var running = Examples.of(ExamplesTest::shout, text, loud, List.of("runs"));
        server = Blocks.of(text, loud, filling, running).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
        dependencies = (List<Map<String, Object>>) client.config().get("dependencies");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void eachExamplesLoadsItsSampleWithoutTheQueue() {
        var loads = dependencies.stream().filter(d -> String.valueOf(d.get("api_name")).startsWith("load_example")).toList();
        assertThat(loads).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("queue")).isEqualTo(false);
            assertThat(d.get("api_visibility")).isEqualTo("undocumented");
        });
    }

    @Test
    void examplesWithAFunctionRunItOnceTheInputsAreFilled() {
        var shout = dependencies.stream().filter(d -> "shout".equals(d.get("api_name"))).findFirst().orElseThrow();
        var load = dependencies.stream().filter(d -> d.get("id").equals(shout.get("trigger_after"))).findFirst()
                .orElseThrow(() -> new AssertionError("/shout is not chained after a load_example"));
        assertThat(String.valueOf(load.get("api_name"))).startsWith("load_example");
        assertThat(shout.get("inputs")).isEqualTo(load.get("outputs"));
        assertThat(dependencies.stream().filter(d -> d.get("trigger_after") != null)).hasSize(1);
    }
}
