package dev.gradio4j.internal.reload;

import dev.gradio4j.Server;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.server.ServerSettings;
import java.util.function.Function;

/** What serves an app when {@code launch()} is called: normally a new server, under the reloader the running one. */
@FunctionalInterface
public interface LaunchHost {
    /** Serves the app that {@code compiler} builds, with {@code settings}. */
    Server launch(Function<ValueContext, AppModel> compiler, ServerSettings settings);
}
