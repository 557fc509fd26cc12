package dev.gradio4j.internal.app;

import java.util.Map;

/**
 * Another app whose files the page may fetch through this server's {@code /gradio_api/proxy=}
 * route: the app a loaded app ({@code Gr.load}) mirrors. Nothing else is ever proxied.
 *
 * @param root    the app's URL, no trailing slash
 * @param headers what each request to it carries (its token, the headers the loader was given)
 */
public record ProxiedApp(String root, Map<String, String> headers) {
    public ProxiedApp {
        headers = Map.copyOf(headers);
    }
}
