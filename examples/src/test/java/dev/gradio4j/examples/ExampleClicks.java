package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.client.Client;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clicks an app's example over the wire as Gradio's page does: the Dataset's {@code click}
 * handler with the sample's index, then the handler chained after it (the example's run, when
 * the examples run on click) with the values the first one gave the inputs. Run against a remote
 * and against its loaded copy, the answers must be the same.
 */
final class ExampleClicks {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExampleClicks() {}

    /** What clicking sample {@code index} of the app's first Dataset sets, by output label, in order. */
    static Map<String, Object> click(String url, int index) throws Exception {
        Map<String, ?> config;
        try (var client = Client.connect(url)) {
            config = client.config();
        }
        Map<Integer, String> labels = new HashMap<>();
        Integer dataset = null;
        for (Object entry : (List<?>) config.get("components")) {
            Map<?, ?> component = (Map<?, ?>) entry;
            int id = ((Number) component.get("id")).intValue();
            labels.put(id, String.valueOf(((Map<?, ?>) component.get("props")).get("label")));
            if ("dataset".equals(component.get("type")) && dataset == null) {
                dataset = id;
            }
        }
        assertThat(dataset).as("a Dataset in %s", url).isNotNull();
        List<?> dependencies = (List<?>) config.get("dependencies");
        int load = -1;
        for (int i = 0; i < dependencies.size(); i++) {
            Map<?, ?> dependency = (Map<?, ?>) dependencies.get(i);
            if (dependency.get("targets").toString().equals("[[" + dataset + ", click]]")) {
                load = i;
            }
        }
        assertThat(load).as("the Dataset's click handler in %s", url).isNotNegative();
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        Map<Integer, Object> values = new HashMap<>();
        String prefix = config.get("api_prefix") instanceof String given ? given.replaceAll("/+$", "") : "";
        try (var session = new OneSessionClient(url, prefix)) {
            Map<?, ?> loader = (Map<?, ?>) dependencies.get(load);
            List<Object> loaded = data(session.submit(fnIndex(loader, load), List.of(index)).get(60, TimeUnit.SECONDS));
            List<?> outputs = (List<?>) loader.get("outputs");
            for (int i = 0; i < outputs.size(); i++) {
                int id = ((Number) outputs.get(i)).intValue();
                values.put(id, loaded.get(i));
                shown.put(labels.get(id), loaded.get(i));
            }
            for (int i = 0; i < dependencies.size(); i++) {
                Map<?, ?> then = (Map<?, ?>) dependencies.get(i);
                if (then.get("trigger_after") instanceof Number after && after.intValue() == fnIndex(loader, load)) {
                    List<Object> args = new ArrayList<>();
                    for (Object input : (List<?>) then.get("inputs")) {
                        args.add(values.get(((Number) input).intValue()));
                    }
                    List<Object> ran = data(session.submit(fnIndex(then, i), args).get(60, TimeUnit.SECONDS));
                    List<?> thenOutputs = (List<?>) then.get("outputs");
                    for (int k = 0; k < thenOutputs.size(); k++) {
                        shown.put(labels.get(((Number) thenOutputs.get(k)).intValue()), ran.get(k));
                    }
                }
            }
        }
        return shown;
    }

    /** A dependency's fn_index: its {@code id} where the config gives one (Gradio 4.x may not), else its position. */
    private static int fnIndex(Map<?, ?> dependency, int position) {
        return dependency.get("id") instanceof Number id ? id.intValue() : position;
    }

    /** A completed event's output values, an update's value in place of the update. */
    private static List<Object> data(JsonNode completed) {
        assertThat(completed.get("success").asBoolean()).as("the event succeeded: %s", completed).isTrue();
        List<Object> values = new ArrayList<>();
        for (JsonNode value : completed.get("output").get("data")) {
            JsonNode plain = value.isObject() && "update".equals(value.path("__type__").asString()) ? value.get("value") : value;
            values.add(JSON.treeToValue(plain, Object.class));
        }
        return values;
    }
}
