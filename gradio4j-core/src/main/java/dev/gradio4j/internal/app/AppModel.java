package dev.gradio4j.internal.app;

import java.util.List;
import java.util.Map;

/**
 * A compiled app: everything the server needs to serve it, and nothing of the user's builder
 * objects. Immutable; a reload builds a new one.
 *
 * @param settings   the app-level settings (title, mode, ...)
 * @param layout     the layout tree, as {@code {"id": n, "children": [...]}}
 * @param proxied    the other apps whose files the page may fetch through this server (a loaded app's remote)
 */
public record AppModel(long appId, AppSettings settings, List<ComponentModel> components,
                       Map<String, Object> layout, List<DependencyModel> dependencies,
                       Integer maxQueueSize, Integer defaultConcurrencyLimit, List<ProxiedApp> proxied) {

    /** The dependency with this fn_index, or null. */
    public DependencyModel dependency(int fnIndex) {
        return fnIndex >= 0 && fnIndex < dependencies.size() ? dependencies.get(fnIndex) : null;
    }

    /** The backend dependency with this API name (no leading slash), or null. */
    public DependencyModel dependency(String apiName) {
        for (DependencyModel dependency : dependencies) {
            if (dependency.backendFn() && dependency.apiName().equals(apiName)) {
                return dependency;
            }
        }
        return null;
    }

    /** Whether browsers should hold a heartbeat connection (the app has state or unload events). */
    public boolean connectHeartbeat() {
        return components.stream().anyMatch(ComponentModel::isState)
                || dependencies.stream().anyMatch(d -> d.targets().stream().anyMatch(t -> "unload".equals(t.event())));
    }
}
