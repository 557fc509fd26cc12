package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A classification result: the top class and bars for each class's confidence. Its value maps
 * class names to confidences (0 to 1). Gradio's {@code gr.Label}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.InterfaceSnippets" region="label"}
 */
public final class Label extends Component<Map<String, Double>, Label> implements OnChange, OnSelect {
    private Integer numTopClasses;
    private String color;

    private Label() {}

    /** An empty label. */
    public static Label create() {
        return new Label();
    }

    /** Shows only the most confident classes. */
    public Label numTopClasses(int count) {
        this.numTopClasses = count;
        return this;
    }

    /** The bars' CSS colour. */
    public Label color(@Nullable String color) {
        this.color = color;
        return this;
    }

    @Override
    protected String type() {
        return "label";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("num_top_classes", numTopClasses);
        props.put("color", color);
        props.put("buttons", List.of());
        props.put("show_heading", true);
        if (value() == null) {
            props.put("value", Map.of());
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null || payload instanceof String) {
            return null;
        }
        if (!(payload instanceof Map<?, ?> map)) {
            return "expected a label object, got " + JsonTypes.describe(payload);
        }
        if (map.get("confidences") != null && !(map.get("confidences") instanceof List<?>)) {
            return "\"confidences\" must be a list of {label, confidence} objects";
        }
        return null;
    }

    @Override
    protected Map<String, Double> preprocess(@Nullable Object payload, ValueContext context) {
        Map<String, Double> confidences = new LinkedHashMap<>();
        if (payload instanceof String label) {
            confidences.put(label, 1.0);
        } else if (payload instanceof Map<?, ?> map) {
            if (map.get("confidences") instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> entry && entry.get("confidence") instanceof java.lang.Number n) {
                        confidences.put(String.valueOf(entry.get("label")), n.doubleValue());
                    }
                }
            } else if (map.get("label") != null) {
                confidences.put(String.valueOf(map.get("label")), 1.0);
            }
        }
        return confidences;
    }

    @Override
    protected Object postprocess(@Nullable Map<String, Double> value, ValueContext context) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(value.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        if (numTopClasses != null && sorted.size() > numTopClasses) {
            sorted = sorted.subList(0, numTopClasses);
        }
        List<Map<String, Object>> confidences = new ArrayList<>();
        for (var entry : sorted) {
            confidences.add(Map.of("label", entry.getKey(), "confidence", entry.getValue()));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("label", sorted.getFirst().getKey());
        payload.put("confidences", confidences);
        return payload;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, Double> coerce(@Nullable Object value) {
        if (value instanceof String label) {
            return Map.of(label, 1.0);
        }
        Map<String, Double> confidences = new LinkedHashMap<>();
        ((Map<String, ? extends java.lang.Number>) value).forEach((k, v) -> confidences.put(k, v.doubleValue()));
        return confidences;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> confidence = new LinkedHashMap<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", nullable("Label", "string", "integer", "number"));
        fields.put("confidence", nullable("Confidence", "number"));
        confidence.put("properties", fields);
        confidence.put("title", "LabelConfidence");
        confidence.put("type", "object");
        Map<String, Object> confidences = new LinkedHashMap<>();
        confidences.put("anyOf", List.of(Map.of("items", Map.of("$ref", "#/$defs/LabelConfidence"), "type", "array"),
                Map.of("type", "null")));
        confidences.put("default", null);
        confidences.put("title", "Confidences");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("$defs", Map.of("LabelConfidence", confidence));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("label", nullable("Label", "string", "integer", "number"));
        properties.put("confidences", confidences);
        info.put("properties", properties);
        info.put("title", "LabelData");
        info.put("type", "object");
        info.put("additional_description", null);
        return info;
    }

    /** A property of one of {@code types} or null, null when left out. */
    private static Map<String, Object> nullable(String title, String... types) {
        List<Object> anyOf = new java.util.ArrayList<>();
        for (String type : types) {
            anyOf.add(Map.of("type", type));
        }
        anyOf.add(Map.of("type", "null"));
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("anyOf", anyOf);
        property.put("default", null);
        property.put("title", title);
        return property;
    }

    @Override
    protected Object examplePayload() {
        return Map.of("label", "Cat", "confidences", List.of(Map.of("label", "cat", "confidence", 0.9),
                Map.of("label", "dog", "confidence", 0.1)));
    }
}
