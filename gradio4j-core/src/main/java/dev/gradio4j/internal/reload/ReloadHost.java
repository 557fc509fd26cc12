package dev.gradio4j.internal.reload;

import dev.gradio4j.Server;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.server.GradioServer;
import dev.gradio4j.internal.server.ServerSettings;
import java.util.function.Function;

/**
 * The reloader's side of {@code launch()}, and the one seam between the {@code gradio4j}
 * command and the server. While open, every {@code launch()} of this JVM comes here: the first
 * starts a server in reload mode, each later one swaps its app into that server (sessions,
 * State, uploads, the queue and open pages stay). Closing it stops the server and gives
 * {@code launch()} back to ordinary servers.
 */
public final class ReloadHost implements AutoCloseable {
    private final Integer port;
    private final LaunchHost host = this::launch;
    private volatile GradioServer server;
    private volatile boolean launched;

    private ReloadHost(Integer port) {
        this.port = port;
    }

    /**
     * Takes over {@code launch()} for this JVM.
     *
     * @param port the port to serve on whatever the app asks, or null for the app's own choice
     */
    public static ReloadHost install(Integer port) {
        ReloadHost reloadHost = new ReloadHost(port);
        Launcher.install(reloadHost.host);
        return reloadHost;
    }

    /** Forgets whether the app launched, before its {@code main} runs again. */
    public void expectLaunch() {
        launched = false;
    }

    /** Whether the app called {@code launch()} since {@link #expectLaunch()}. */
    public boolean launched() {
        return launched;
    }

    /** The server, once the app has launched; null before. */
    public Server server() {
        return server;
    }

    /** Tells open pages that the last save could not be served, and why. */
    public void reloadFailed(String message) {
        if (server != null) {
            server.reloadFailed(message);
        }
    }

    private Server launch(Function<ValueContext, AppModel> app, ServerSettings settings) {
        if (server == null) {
            server = GradioServer.startForReload(app, port == null ? settings : settings.withPort(port));
        } else {
            server.swap(app, settings);
        }
        launched = true;
        return new ReloadedServer(server);
    }

    @Override
    public void close() {
        Launcher.uninstall(host);
        if (server != null) {
            server.close();
        }
    }

    /**
     * What the app's {@code launch()} returns under the reloader: the running server, which the
     * reloader owns, so {@code join()} returns at once (the app's main must return for the next
     * version to run) and {@code close()} leaves it running.
     */
    private record ReloadedServer(Server server) implements Server {
        @Override
        public String url() {
            return server.url();
        }

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public void join() {
            // The reloader keeps the server; the app's main goes on and returns.
        }

        @Override
        public void close() {
            // The reloader's server outlives each version of the app.
        }
    }
}
