package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /gradio_api/dev/reload}, served under the reloader only: {@code reload} after each
 * new version, {@code error} (a JSON string: the compiler's or the app's message) when a save
 * could not be served, and {@code heartbeat} while nothing happens. Gradio's pages and ours
 * re-render in place on {@code reload}.
 */
final class DevRoutes {
    private final AppRuntime runtime;

    DevRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    void reload(HttpServletResponse response) throws IOException {
        if (runtime.devEvents == null) {
            throw new HttpError(404, "Not Found: /dev/reload exists only when the app runs under the reloader (the gradio4j command).");
        }
        BlockingQueue<DevEvents.Event> events = runtime.devEvents.subscribe();
        SseWriter sse = new SseWriter(response);
        try {
            while (true) {
                DevEvents.Event event = events.poll(runtime.settings.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
                sse.event(event == null ? "heartbeat" : event.name(), event == null ? "{}" : event.data());
            }
        } catch (IOException | InterruptedException gone) {
            // The page closed or reloaded.
        } finally {
            runtime.devEvents.unsubscribe(events);
        }
    }
}
