package dev.gradio4j.internal.reload;

import dev.gradio4j.Server;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.server.GradioServer;
import dev.gradio4j.internal.server.ServerSettings;
import java.util.function.Function;

/**
 * Where {@code launch()} goes. By default each launch starts a server; a {@link ReloadHost}
 * installs itself while a reload session runs, so that the app's {@code main}, run again after
 * each save, hands its new Blocks to the server already running instead of starting another.
 */
public final class Launcher {
    private static final LaunchHost NEW_SERVER = GradioServer::start;
    private static volatile LaunchHost host = NEW_SERVER;

    private Launcher() {}

    /** Serves an app through the installed host. */
    public static Server launch(Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        return host.launch(compiler, settings);
    }

    /** Routes every later {@code launch()} of this JVM to {@code host}. */
    static void install(LaunchHost host) {
        Launcher.host = host;
    }

    /** Routes {@code launch()} to new servers again, unless another host took over since. */
    static void uninstall(LaunchHost host) {
        if (Launcher.host == host) {
            Launcher.host = NEW_SERVER;
        }
    }
}
