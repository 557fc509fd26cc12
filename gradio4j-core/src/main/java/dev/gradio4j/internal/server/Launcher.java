package dev.gradio4j.internal.server;

import dev.gradio4j.Server;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import java.util.function.Function;

/**
 * Where {@code launch()} goes. By default each launch starts a server; the reloader installs a
 * host of its own, so that the app's {@code main}, run again after each save, hands its new
 * Blocks to the server already running instead of starting another.
 */
public final class Launcher {
    private static volatile LaunchHost host = GradioServer::start;

    private Launcher() {}

    /** Serves an app through the installed host. */
    public static Server launch(Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        return host.launch(compiler, settings);
    }

    /** Routes every later {@code launch()} of this JVM to {@code host}. */
    public static void install(LaunchHost host) {
        Launcher.host = host;
    }
}
