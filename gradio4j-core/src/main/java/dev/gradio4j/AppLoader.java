package dev.gradio4j;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.Parameter;
import dev.gradio4j.client.ReturnValue;
import dev.gradio4j.internal.app.MirroredApi;
import dev.gradio4j.internal.app.ProxiedApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the local copy of another Gradio app from its {@code /config}, as Gradio's
 * {@code Blocks.from_config}: each component and layout of a type gradio4j has, with the remote's
 * props; the layout (forms flattened: the compiler groups inputs again); and each event handler
 * the API may call, wired to the remote through {@link RemoteApp}. Browser-only (js) handlers
 * are copied as they are. A component gradio4j lacks becomes a {@link Markdown} naming it.
 */
final class AppLoader {
    private static final Logger LOG = LoggerFactory.getLogger(AppLoader.class);
    /** Types whose values an API client never sees (the client leaves them out of results). */
    private static final Set<String> NOT_IN_API = Set.of("state", "row", "column", "tabs", "tab", "tabitem", "box", "form",
            "accordion", "group", "interpretation", "dataset", "sidebar");

    private final RemoteApp remote;
    private final Map<Integer, Map<?, ?>> entries = new HashMap<>();
    private final Map<Integer, Block<?>> built = new HashMap<>();
    private final Map<Integer, String> missing = new LinkedHashMap<>();
    private final Map<Integer, Dependency> wired = new HashMap<>();
    private final Set<Integer> placed = new java.util.HashSet<>();
    private final Blocks blocks = Blocks.of();
    private final int rootId;
    /** The remote's URL, no trailing slash. */
    private final String root;

    private AppLoader(RemoteApp remote, Map<String, @Nullable Object> config) {
        this.remote = remote;
        this.root = remote.client.viewApi().url().replaceAll("/+$", "");
        for (Object entry : list(config.get("components"))) {
            if (entry instanceof Map<?, ?> component && component.get("id") instanceof java.lang.Number id) {
                entries.put(id.intValue(), component);
            }
        }
        rootId = config.get("layout") instanceof Map<?, ?> layout && layout.get("id") instanceof java.lang.Number id ? id.intValue() : 0;
    }

    static Blocks load(String urlOrSpace, ClientOptions options) {
        Client client = Client.connect(urlOrSpace, options);
        Map<String, @Nullable Object> config = client.config();
        boolean stateful = list(config.get("components")).stream()
                .anyMatch(c -> c instanceof Map<?, ?> m && "state".equals(m.get("type")));
        return new AppLoader(new RemoteApp(client, options, stateful), config).build(config);
    }

    private Blocks build(Map<String, @Nullable Object> config) {
        Map<String, String> headers = new LinkedHashMap<>(remote.options.headers());
        if (remote.options.token() != null) {
            headers.put("Authorization", "Bearer " + remote.options.token());
        }
        blocks.proxied = List.of(new ProxiedApp(root, headers));
        blocks.title(config.get("title") instanceof String title ? title : "Gradio");
        blocks.mode = config.get("mode") instanceof String mode ? mode : "blocks";
        blocks.fillHeight(Boolean.TRUE.equals(config.get("fill_height")));
        blocks.fillWidth(Boolean.TRUE.equals(config.get("fill_width")));
        blocks.defaultConcurrencyLimit(null);   // the remote's queue limits its functions
        if (config.get("layout") instanceof Map<?, ?> layout) {
            children(list(layout.get("children"))).forEach(blocks::add);
        }
        for (Object dependency : list(config.get("dependencies"))) {
            if (dependency instanceof Map<?, ?> map) {
                wire(map);
            }
        }
        if (!missing.isEmpty()) {
            LOG.warn("Loaded {} without {}: gradio4j has no such component yet; each shows as a note, and the rest works.",
                    remote.client.viewApi().url(), String.join(", ", missing.values()));
        }
        return blocks;
    }

    private List<Block<?>> children(List<?> nodes) {
        List<Block<?>> children = new ArrayList<>();
        for (Object node : nodes) {
            if (!(node instanceof Map<?, ?> map) || !(map.get("id") instanceof java.lang.Number number)) {
                continue;
            }
            int id = number.intValue();
            String type = type(id);
            List<?> below = list(map.get("children"));
            if (type.equals("form")) {
                children.addAll(children(below));
            } else if (!type.equals("state")) {   // the remote keeps its state: the client sends none
                Block<?> block = block(id);
                placed.add(id);
                if (block instanceof Layout<?> layout) {
                    children(below).forEach(layout::add);
                }
                children.add(block);
            }
        }
        return children;
    }

    /** The local block standing for component {@code id}, made once. */
    private Block<?> block(int id) {
        Block<?> block = built.get(id);
        if (block == null) {
            Map<?, ?> props = props(id);
            block = make(type(id), props);
            if (block == null) {
                String name = type(id) + (props.get("label") instanceof String label ? " \"" + label + "\"" : "");
                missing.put(id, name);
                block = Markdown.of("*gradio4j cannot show the remote's `" + type(id) + "`"
                        + (props.get("label") instanceof String label ? " \"" + label + "\"" : "") + " yet.*");
            } else {
                Map<String, @Nullable Object> mirrored = new LinkedHashMap<>();
                props.forEach((k, v) -> {
                    // component_ids are the remote's ids: a Dataset finds its columns here from its click listener
                    if (!"name".equals(k) && !"key".equals(k) && !"proxy_url".equals(k) && !"component_ids".equals(k)) {
                        mirrored.put(String.valueOf(k), "value".equals(k) || "samples".equals(k) ? proxied(v) : v);
                    }
                });
                if (block instanceof Component<?, ?> && !props.containsKey("label")) {
                    mirrored.put("label", null);   // none there: none here either (a Dataset would say "Examples")
                }
                block.mirroredProps = mirrored;
                if (block instanceof Component<?, ?> component) {
                    component.wireCodec = RemoteApp.WIRE;
                    if (props.get("label") instanceof String label) {
                        component.label(label);   // the API's labels and the error messages name it too
                    }
                }
            }
            built.put(id, block);
        }
        return block;
    }

    /**
     * A value from the remote's config with each of its files' URLs pointing at this server's
     * proxy of the remote's file (the page cannot be expected to reach the remote): Gradio's
     * {@code /gradio_api/proxy=} URL, root-relative, as Gradio's {@code gr.load} writes it, but for
     * the scheme's {@code //}, written as one slash (Jetty refuses a path with an empty segment).
     * A file elsewhere on the web keeps its URL.
     */
    private @Nullable Object proxied(@Nullable Object value) {
        return switch (value) {
            case Map<?, ?> map when isFileData(map) && map.get("url") instanceof String url && remoteFile(map) -> {
                Map<Object, @Nullable Object> copy = new LinkedHashMap<>(map);
                copy.put("url", RemoteApp.PROXY + root.replaceFirst("://", ":/") + pathOf(url));
                yield copy;
            }
            case Map<?, ?> map -> {
                Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, proxied(v)));
                yield copy;
            }
            case List<?> list -> list.stream().map(this::proxied).toList();
            case null, default -> value;
        };
    }

    private static boolean isFileData(Map<?, ?> map) {
        return map.get("meta") instanceof Map<?, ?> meta && "gradio.FileData".equals(meta.get("_type")) || map.containsKey("orig_name");
    }

    /** A file the remote serves: its path is the remote's own (not a URL), or its URL is on the remote's host. */
    private boolean remoteFile(Map<?, ?> file) {
        String path = String.valueOf(file.get("path"));
        return !(path.startsWith("http://") || path.startsWith("https://")) || path.startsWith(root + "/");
    }

    /** The URL's path and query, whatever host the remote named in it (it writes the host the client asked for). */
    private static String pathOf(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return url.startsWith("/") ? url : "/" + url;
        }
        int slash = url.indexOf('/', url.indexOf("://") + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }

    /** A block of gradio4j's for Gradio's {@code type}, set up as far as its behaviour needs; null when there is none. */
    private static @Nullable Block<?> make(String type, Map<?, ?> props) {
        return switch (type) {
            case "textbox" -> Textbox.create();
            case "number" -> Number.create();
            case "slider" -> Slider.of(number(props.get("minimum"), 0), number(props.get("maximum"), 100));
            case "checkbox" -> Checkbox.create();
            case "checkboxgroup" -> CheckboxGroup.of(choices(props));
            case "radio" -> Radio.of(choices(props));
            case "dropdown" -> Boolean.TRUE.equals(props.get("multiselect")) ? Dropdown.multiselect(choices(props)) : Dropdown.of(choices(props));
            case "colorpicker" -> ColorPicker.create();
            case "button" -> Button.of(props.get("value") instanceof String text ? text : null);
            case "markdown" -> Markdown.create();
            case "html" -> Html.create();
            case "json" -> Json.create();
            case "label" -> Label.create();
            case "image" -> Image.asPath();
            case "file" -> "single".equals(props.get("file_count")) || props.get("file_count") == null ? File.create() : File.multiple();
            case "chatbot" -> Chatbot.create();
            case "multimodaltextbox" -> MultimodalTextbox.create();
            case "dataset" -> Dataset.of(List.of(), List.of());
            case "row" -> Row.of();
            case "column" -> Column.of();
            case "group" -> Group.of();
            case "tabs" -> Tabs.of();
            case "tabitem", "tab" -> Tab.of(props.get("label") instanceof String label ? label : null);
            case "accordion" -> Accordion.of(props.get("label") instanceof String label ? label : null);
            default -> null;
        };
    }

    /** Wires one of the remote's event handlers here, when it can be: the API may call it, or it runs in the browser. */
    private void wire(Map<?, ?> dependency) {
        if (!(dependency.get("id") instanceof java.lang.Number number)) {
            return;
        }
        boolean backend = !Boolean.FALSE.equals(dependency.get("backend_fn"));
        boolean callable = backend && dependency.get("api_name") instanceof String && !"private".equals(dependency.get("api_visibility"));
        boolean browserOnly = !backend && dependency.get("js") instanceof String;
        if (!callable && !browserOnly) {
            return;   // a handler the remote keeps to its own page
        }
        List<int[]> targets = targets(dependency);
        Object source = source(dependency, targets);
        if (source == null) {
            return;
        }
        List<Input<?>> inputs = new ArrayList<>();
        List<@Nullable Object> fixed = new ArrayList<>();
        List<Integer> localArgs = new ArrayList<>();
        List<Integer> remoteInputs = new ArrayList<>();
        for (Object input : list(dependency.get("inputs"))) {
            int id = ((java.lang.Number) input).intValue();
            if (type(id).equals("state")) {
                continue;
            }
            remoteInputs.add(id);
            if (block(id) instanceof Component<?, ?> component && !missing.containsKey(id)) {
                localArgs.add(inputs.size());
                inputs.add(component);
                fixed.add(null);
            } else if (browserOnly) {
                return;
            } else {
                localArgs.add(-1);
                fixed.add(props(id).get("value"));   // what the remote's own page would send
            }
        }
        List<Component<?, ?>> outputs = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (Object output : list(dependency.get("outputs"))) {
            int id = ((java.lang.Number) output).intValue();
            if (!browserOnly && skipsApi(id)) {
                continue;   // the API returns no value for it
            }
            boolean shown = block(id) instanceof Component<?, ?> && !missing.containsKey(id);
            if (browserOnly && !shown) {
                return;
            }
            kept.add(shown ? outputs.size() : -1);
            if (shown) {
                outputs.add((Component<?, ?>) block(id));
            }
        }
        String event = targets.getFirst().length == 0 ? thenEvent(dependency) : eventOf(dependency, 0);
        Dependency local;
        if (browserOnly) {
            local = Events.listen(source, event, null, null, Outputs.of(outputs), inputs)
                    .js((String) dependency.get("js")).apiVisibility(ApiVisibility.PRIVATE).queue(false);
        } else {
            boolean streaming = dependency.get("types") instanceof Map<?, ?> types && Boolean.TRUE.equals(types.get("generator"));
            var endpoint = new RemoteApp.Endpoint(remote, (String) dependency.get("api_name"), streaming, fixed,
                    localArgs.stream().mapToInt(Integer::intValue).toArray(), kept.stream().mapToInt(Integer::intValue).toArray(),
                    outputs.size());
            Fn.Dynamic fn = endpoint::call;
            Output<?> output = streaming ? Outputs.of(outputs).streaming() : Outputs.of(outputs);
            local = Events.listen(source, event, fn, fn::apply, output, inputs).apiName(endpoint.apiName())
                    .apiVisibility("undocumented".equals(dependency.get("api_visibility")) || Boolean.FALSE.equals(dependency.get("show_api"))
                            ? ApiVisibility.UNDOCUMENTED : ApiVisibility.PUBLIC)   // Gradio 4 says show_api
                    .concurrencyLimit(null);
            local.parameterNames = parameterNames(endpoint.apiName(), localArgs);
            local.mirroredApi = mirroredApi(endpoint.apiName(), localArgs, remoteInputs, kept);
            if (dependency.get("queue") instanceof Boolean queue) {
                local.queue(queue);
            }
        }
        for (int i = 1; i < targets.size(); i++) {
            int id = targets.get(i).length == 0 ? -1 : targets.get(i)[0];
            if (id == rootId || firable(id)) {
                local.alsoOn(new Trigger(id == rootId ? blocks : built.get(id), eventOf(dependency, i)));
            }
        }
        settings(local, dependency);
        wired.put(number.intValue(), local);
    }

    /** Where the handler hangs: the first target's block (the app for its {@code load}), or the handler it follows. */
    private @Nullable Object source(Map<?, ?> dependency, List<int[]> targets) {
        if (targets.isEmpty()) {
            return null;
        }
        if (targets.getFirst().length == 0) {
            return dependency.get("trigger_after") instanceof java.lang.Number after ? wired.get(after.intValue()) : null;
        }
        int id = targets.getFirst()[0];
        if (id == rootId) {
            return blocks;
        }
        return firable(id) ? built.get(id) : null;
    }

    /** Whether block {@code id} is one of ours in the layout: else nothing here can fire its events. */
    private boolean firable(int id) {
        return placed.contains(id) && !missing.containsKey(id);
    }

    /** Each target as {id}, or {} for a {@code then}-like one (no block). */
    private static List<int[]> targets(Map<?, ?> dependency) {
        List<int[]> targets = new ArrayList<>();
        for (Object target : list(dependency.get("targets"))) {
            if (target instanceof List<?> pair && pair.size() == 2) {
                targets.add(pair.get(0) instanceof java.lang.Number id ? new int[] {id.intValue()} : new int[0]);
            }
        }
        return targets;
    }

    private static String eventOf(Map<?, ?> dependency, int index) {
        return String.valueOf(((List<?>) list(dependency.get("targets")).get(index)).get(1));
    }

    private static String thenEvent(Map<?, ?> dependency) {
        if (Boolean.TRUE.equals(dependency.get("trigger_only_on_success"))) {
            return "success";
        }
        return Boolean.TRUE.equals(dependency.get("trigger_only_on_failure")) ? "failure" : "then";
    }

    private static void settings(Dependency local, Map<?, ?> dependency) {
        if (dependency.get("trigger_mode") instanceof String mode) {
            local.triggerMode(TriggerMode.valueOf(mode.toUpperCase(Locale.ROOT)));
        }
        if (dependency.get("show_progress") instanceof String progress) {
            local.showProgress(ShowProgress.valueOf(progress.toUpperCase(Locale.ROOT)));
        }
        if (Boolean.TRUE.equals(dependency.get("scroll_to_output"))) {
            local.scrollToOutput(true);
        }
        if (dependency.get("api_description") instanceof String description) {
            local.apiDescription(description);
        }
    }

    /** The remote's parameter names for the local inputs, from its API description; null when it has none. */
    private @Nullable List<String> parameterNames(String apiName, List<Integer> localArgs) {
        List<Parameter> parameters = remote.client.viewApi().endpoint(apiName).map(e -> e.parameters()).orElse(List.of());
        if (parameters.size() != localArgs.size()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (localArgs.get(i) >= 0) {
                names.add(parameters.get(i).name());
            }
        }
        return names;
    }

    /**
     * The remote's description of the endpoint's parameters and returns, for those the local
     * endpoint has, in its order (a component gradio4j lacks is no parameter here); null when the
     * remote does not describe it as called.
     */
    private @Nullable MirroredApi mirroredApi(String apiName, List<Integer> localArgs, List<Integer> remoteInputs, List<Integer> kept) {
        var described = remote.client.viewApi().endpoint(apiName);
        if (described.isEmpty() || described.get().parameters().size() != localArgs.size()
                || described.get().returns().size() != kept.size()) {
            return null;
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (int i = 0; i < localArgs.size(); i++) {
            if (localArgs.get(i) >= 0) {
                Parameter parameter = described.get().parameters().get(i);
                Map<String, Object> fields = described(parameter.schema(), parameter.type(), parameter.component(), "additional_description");
                fields.put("parameter_has_default", parameter.hasDefault());
                fields.put("parameter_default", parameter.defaultValue());
                Object example = entries.getOrDefault(remoteInputs.get(i), Map.of()).get("example_inputs");
                if (example != null) {
                    fields.put("example_input", example);
                }
                parameters.add(fields);
            }
        }
        List<Map<String, Object>> returns = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) >= 0) {
                ReturnValue value = described.get().returns().get(i);
                returns.add(described(value.schema(), value.type(), value.component(), "description"));
            }
        }
        return new MirroredApi(parameters, returns);
    }

    /** Gradio's {@code /info} fields for one value: its schema, its Python type (described as Gradio does) and component. */
    private static Map<String, Object> described(Map<String, @Nullable Object> schema, String pythonType, String component,
                                                 String descriptionKey) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", schema);
        Map<String, Object> python = new LinkedHashMap<>();
        python.put("type", pythonType);
        python.put("description", schema.get(descriptionKey) instanceof String description ? description : "");
        fields.put("python_type", python);
        fields.put("component", component);
        return fields;
    }

    private boolean skipsApi(int id) {
        Map<?, ?> entry = entries.get(id);
        return entry != null && entry.get("skip_api") instanceof Boolean skip ? skip : NOT_IN_API.contains(type(id));
    }

    private String type(int id) {
        Map<?, ?> entry = entries.get(id);
        return entry != null && entry.get("type") instanceof String type ? type : "unknown";
    }

    private Map<?, ?> props(int id) {
        Map<?, ?> entry = entries.get(id);
        return entry != null && entry.get("props") instanceof Map<?, ?> props ? props : Map.of();
    }

    /** A choice component's values: Gradio 6 writes each choice as {@code [label, value]}. */
    private static List<String> choices(Map<?, ?> props) {
        List<String> values = new ArrayList<>();
        for (Object choice : list(props.get("choices"))) {
            values.add(String.valueOf(choice instanceof List<?> pair && pair.size() == 2 ? pair.get(1) : choice));
        }
        return values;
    }

    private static double number(@Nullable Object value, double otherwise) {
        return value instanceof java.lang.Number n ? n.doubleValue() : otherwise;
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
