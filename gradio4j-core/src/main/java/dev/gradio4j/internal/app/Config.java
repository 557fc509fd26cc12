package dev.gradio4j.internal.app;

import dev.gradio4j.internal.theme.ThemeStylesheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the app config served at {@code /config} and embedded in the page (Gradio 6.25's fields). */
public final class Config {
    /** The Gradio version we speak; the Python client needs one above 4.29. */
    public static final String GRADIO_VERSION = "6.31.0";

    private Config() {}

    /**
     * @param root    the public base URL, no trailing slash; relative file URLs are made absolute with it
     * @param page    launch-level settings: css, js, head, show_error, max_file_size, dev_mode
     */
    public static Map<String, Object> of(AppModel app, String root, Map<String, Object> page) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("version", GRADIO_VERSION);
        config.put("api_prefix", "/gradio_api");
        config.put("protocol", "sse_v3");
        config.put("root", root);
        config.put("mode", app.settings().mode());
        config.put("app_id", app.appId());
        config.put("dev_mode", page.getOrDefault("dev_mode", false));
        config.put("vibe_mode", false);
        config.put("analytics_enabled", false);
        config.put("components", components(app, root));
        config.put("css", page.get("css"));
        config.put("js", page.get("js"));
        config.put("head", page.get("head"));
        config.put("connect_heartbeat", app.connectHeartbeat());
        config.put("title", app.settings().title());
        config.put("space_id", null);
        config.put("enable_queue", true);
        config.put("show_error", page.getOrDefault("show_error", false));
        config.put("footer_links", List.of("api", "gradio", "settings"));
        config.put("run_history", false);
        config.put("is_colab", false);
        config.put("max_file_size", page.get("max_file_size"));
        ThemeStylesheet theme = (ThemeStylesheet) page.get("theme");
        config.put("stylesheets", theme == null ? List.of() : theme.stylesheets());
        config.put("theme", theme == null ? "default" : theme.name());
        config.put("theme_hash", theme == null ? null : theme.hash());
        config.put("body_css", theme == null ? null : theme.bodyCss());
        config.put("fill_height", app.settings().fillHeight());
        config.put("fill_width", app.settings().fillWidth());
        config.put("pwa", false);
        config.put("pages", List.of(List.of("", "Home", true)));
        List<Integer> ids = app.components().stream().map(ComponentModel::id).toList();
        List<Integer> depIds = app.dependencies().stream().map(DependencyModel::id).toList();
        config.put("page", Map.of("", Map.of("layout", app.layout(), "components", ids, "dependencies", depIds)));
        config.put("layout", app.layout());
        config.put("dependencies", app.dependencies().stream().map(Config::dependency).toList());
        config.put("mcp_server", false);
        config.put("i18n_translations", null);
        config.put("username", null);
        return config;
    }

    private static List<Object> components(AppModel app, String root) {
        List<Object> list = new ArrayList<>();
        for (ComponentModel component : app.components()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", component.id());
            entry.put("type", component.type());
            entry.put("props", absoluteUrls(component.props(), root));
            entry.put("skip_api", component.skipApi());
            entry.put("component_class_id", component.type());
            entry.put("key", component.props().get("key"));
            if (!component.skipApi()) {
                entry.put("api_info", component.apiInfo());
                entry.put("api_info_as_input", component.apiInfo());
                entry.put("api_info_as_output", component.apiInfo());
                entry.put("example_inputs", component.examplePayload());
            }
            list.add(entry);
        }
        return list;
    }

    /** Copies a tree, prefixing {@code root} to relative FileData URLs. */
    @SuppressWarnings("unchecked")
    static Object absoluteUrlsIn(Object value, String root) {
        if (value instanceof Map<?, ?> map) {
            return absoluteUrls((Map<String, Object>) map, root);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(absoluteUrlsIn(item, root)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> absoluteUrls(Map<String, Object> map, String root) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, "url".equals(key) && value instanceof String url && url.startsWith("/")
                && map.containsKey("meta") ? root + url : absoluteUrlsIn(value, root)));
        return copy;
    }

    private static Map<String, Object> dependency(DependencyModel d) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", d.id());
        entry.put("targets", d.targets().stream().map(t -> java.util.Arrays.asList(t.componentId(), t.event())).toList());
        entry.put("inputs", d.inputs().stream()
                .filter(input -> input instanceof InputModel.FromComponent)
                .map(input -> ((InputModel.FromComponent) input).component().id()).toList());
        entry.put("outputs", d.outputs().stream().map(ComponentModel::id).toList());
        entry.put("backend_fn", d.backendFn());
        entry.put("js", d.js());
        entry.put("queue", d.queue());
        entry.put("api_name", d.apiName());
        entry.put("api_description", d.apiDescription());
        entry.put("scroll_to_output", d.scrollToOutput());
        entry.put("show_progress", WireNames.of(d.showProgress()));
        entry.put("show_progress_on", null);
        entry.put("batch", d.maxBatchSize() != null);
        entry.put("max_batch_size", d.maxBatchSize() != null ? d.maxBatchSize() : 4);
        entry.put("cancels", d.cancels());
        // A listener with neither function nor JavaScript that cancels others is what Gradio calls a cancel function.
        boolean cancelsOnly = !d.backendFn() && d.js() == null && !d.cancels().isEmpty();
        entry.put("types", Map.of("generator", d.streaming(), "cancel", cancelsOnly));
        // event data (select_data, like_data, ...), not the request or the progress tracker
        entry.put("collects_event_data", d.inputs().stream()
                .anyMatch(i -> i instanceof InputModel.Injected injected && injected.name().endsWith("_data")));
        entry.put("trigger_after", d.triggerAfter());
        entry.put("trigger_only_on_success", d.onlyOnSuccess());
        entry.put("trigger_only_on_failure", d.onlyOnFailure());
        entry.put("trigger_mode", WireNames.of(d.triggerMode()));
        entry.put("api_visibility", WireNames.of(d.apiVisibility()));
        entry.put("rendered_in", null);
        entry.put("render_id", null);
        entry.put("connection", "sse");
        entry.put("time_limit", null);
        entry.put("stream_every", 0.5);
        // Gradio's gr.on (which its Interface uses for Submit) sends an empty list
        entry.put("event_specific_args", d.declaredWithOn() ? List.of() : null);
        entry.put("component_prop_inputs", List.of());
        entry.put("js_implementation", null);
        return entry;
    }
}
