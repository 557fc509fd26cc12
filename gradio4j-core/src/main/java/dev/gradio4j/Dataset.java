package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table of samples the user can click, shown with the look of the components they belong to.
 * As an input its value is the clicked sample's index. Usually made by {@link Examples}.
 * Gradio's {@code gr.Dataset}.
 */
public final class Dataset extends Component<Integer, Dataset> implements OnClick, OnSelect {
    private final List<Component<?, ?>> components;
    private final List<List<Object>> samples;
    private List<List<Object>> samplePayloads = List.of();
    private int samplesPerPage = 10;
    private List<String> headers;

    private Dataset(List<Component<?, ?>> components, List<List<Object>> samples) {
        this.components = List.copyOf(components);
        this.samples = samples;
        for (List<Object> sample : samples) {
            if (sample.size() != components.size()) {
                throw new IllegalArgumentException("each sample needs " + components.size()
                        + " values, one per component; got " + sample.size() + ": " + sample);
            }
        }
        label("Examples");
    }

    /** Samples for the given components, one value per component in each sample. */
    public static Dataset of(List<? extends Component<?, ?>> components, List<List<@Nullable Object>> samples) {
        List<List<Object>> copy = new ArrayList<>();
        samples.forEach(sample -> copy.add(new ArrayList<>(sample)));
        return new Dataset(List.copyOf(components), copy);
    }

    /** How many samples a page shows. */
    public Dataset samplesPerPage(int count) {
        this.samplesPerPage = count;
        return this;
    }

    /** Column headers, one per component. */
    public Dataset headers(String... headers) {
        this.headers = List.of(headers);
        return this;
    }

    /** The Java values of a sample. */
    List<Object> sample(int index) {
        return samples.get(index);
    }

    int size() {
        return samples.size();
    }

    List<Component<?, ?>> components() {
        return components;
    }

    @Override
    void prepare(ValueContext context) throws Exception {
        List<List<Object>> payloads = new ArrayList<>();
        for (List<Object> sample : samples) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                row.add(payloadOf(components.get(i), sample.get(i), context));
            }
            payloads.add(row);
        }
        samplePayloads = payloads;
    }

    private static <T> Object payloadOf(Component<T, ?> component, Object value, ValueContext context) throws Exception {
        return value == null ? null : component.postprocess(component.coerce(value), context);
    }

    @Override
    protected String type() {
        return "dataset";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        // Gradio 6's {name, class_id}, the class id as gradio4j gives it (the type), and each
        // sample component's props (less its value), which Gradio's page spreads on the samples
        props.put("components", components.stream().map(c -> Map.of("name", c.type(), "class_id", c.type())).toList());
        props.put("component_props", components.stream().map(Dataset::propsOf).toList());
        props.put("samples", samplePayloads);
        props.put("headers", headers == null ? List.of() : headers);
        props.put("samples_per_page", samplesPerPage);
        props.put("type", "index");
    }

    private static Map<String, Object> propsOf(Component<?, ?> component) {
        Props own = new Props();
        component.writeProps(own);
        own.put("value", null);
        return own.asMap();
    }

    @Override
    protected boolean skipApi() {
        return true;
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (!(payload instanceof java.lang.Number n) || n.intValue() < 0 || n.intValue() >= samples.size()) {
            return "expected a sample index from 0 to " + (samples.size() - 1) + ", got " + payload;
        }
        return null;
    }

    @Override
    protected Integer preprocess(@Nullable Object payload, ValueContext context) {
        return ((java.lang.Number) payload).intValue();
    }

    @Override
    protected Object postprocess(@Nullable Integer value, ValueContext context) {
        return value;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema("integer");
    }

    @Override
    protected Object examplePayload() {
        return 0;
    }
}
