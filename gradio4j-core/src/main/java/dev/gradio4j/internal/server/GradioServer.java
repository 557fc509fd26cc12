package dev.gradio4j.internal.server;

import dev.gradio4j.Server;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.Config;
import dev.gradio4j.internal.files.StoredFiles;
import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.log.ConsoleLogging;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Starts Jetty with the Gradio servlet, on virtual threads, and hands back a {@link Server}. */
public final class GradioServer implements Server {
    /**
     * Jetty pads its hot fields by the JVM's reference size, which it asks for over JMX unless
     * told: starting JMX costs about 0.4 s of a 2-core machine's start-up. 16 (compressed
     * references, the default below 32 GB of heap) is only a layout hint, correct either way.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final org.eclipse.jetty.server.Server jetty;
    private final AppRuntime runtime;
    private final GradioServlet servlet;
    private final Housekeeping housekeeping;
    private final String url;
    private final int port;

    private GradioServer(org.eclipse.jetty.server.Server jetty, AppRuntime runtime, GradioServlet servlet,
                         Housekeeping housekeeping, String url, int port) {
        this.jetty = jetty;
        this.runtime = runtime;
        this.servlet = servlet;
        this.housekeeping = housekeeping;
        this.url = url;
        this.port = port;
    }

    /**
     * Compiles the app and serves it.
     *
     * @throws IllegalStateException when no port could be bound or the app does not compile
     */
    public static GradioServer start(Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        return start(compiler, settings, false);
    }

    /**
     * Compiles the app and serves it under the reloader: {@link #swap} serves new versions, and
     * pages hear of them on {@code /gradio_api/dev/reload}.
     */
    public static GradioServer startForReload(Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        return start(compiler, settings, true);
    }

    private static GradioServer start(Function<ValueContext, AppModel> compiler, ServerSettings settings, boolean devMode) {
        ConsoleLogging.installIfNoProvider();
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        AppRuntime runtime;
        try {
            runtime = new AppRuntime(settings, compiler, devMode);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the upload directory " + settings.uploadDir() + ": " + e.getMessage(), e);
        }
        // Loads the JSON writer and renders the config once while Jetty starts on the other core,
        // so the first page load does not pay for both one after the other.
        Thread.ofVirtual().name("gradio4j-warm-up").start(() -> JsonCodec.write(Config.of(runtime.app(), "", runtime.pageSettings())));
        int attempts = settings.exactPort() || settings.port() == 0 ? 1 : 100;
        for (int i = 0; i < attempts; i++) {
            int port = settings.port() == 0 ? 0 : settings.port() + i;
            GradioServlet servlet = new GradioServlet(runtime);
            org.eclipse.jetty.server.Server jetty = jetty(servlet, runtime, settings.host(), port);
            try {
                jetty.start();
            } catch (Exception e) {
                stopQuietly(jetty);
                if (isBindFailure(e) && i + 1 < attempts) {
                    continue;
                }
                runtime.close();
                throw new IllegalStateException("Cannot listen on " + settings.host() + ":" + port + ": " + e.getMessage(), e);
            }
            int bound = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            String host = settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host();
            String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound;
            Housekeeping housekeeping = new Housekeeping(runtime);
            if (!settings.quiet()) {
                System.out.println("* Running on local URL:  " + url);
                if (Boolean.TRUE.equals(settings.monitoring())) {
                    System.out.println("* Monitoring URL: " + servlet.monitoringUrl(url) + " *");
                }
            }
            return new GradioServer(jetty, runtime, servlet, housekeeping, url, bound);
        }
        throw new IllegalStateException("No free port from " + settings.port());
    }

    private static org.eclipse.jetty.server.Server jetty(GradioServlet servlet, AppRuntime runtime, String host, int port) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("gradio4j-http");
        threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gradio4j-request-", 0).factory()));
        var jetty = new org.eclipse.jetty.server.Server(threads);
        var http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // A file name with % in it travels as %25, which Jetty would refuse as ambiguous; the
        // servlet decodes the raw path itself, and the file store checks where it leads.
        http.setUriCompliance(UriCompliance.DEFAULT.with("gradio4j", UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        var connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        // A connection with no traffic for two heartbeats is gone (an open stream writes one
        // every heartbeat); a request body that stops arriving for that long gets 408.
        connector.setIdleTimeout(Math.max(1000, 2 * runtime.settings.heartbeat().toMillis()));
        connector.setHost(host);
        connector.setPort(port);
        // A restarted app gets its port back while the last run's connections linger in
        // TIME_WAIT (so open pages reconnect); a port another server listens on is still refused.
        connector.setReuseAddress(true);
        // Java's default backlog of 50 resets connections when a few hundred clients connect
        // at once (each open tab holds a stream and opens more); uvicorn, under Gradio, uses 2048.
        connector.setAcceptQueueSize(2048);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JettyErrors());
        var context = new ServletContextHandler();
        context.setContextPath("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        var holder = new ServletHolder(servlet);
        holder.getRegistration().setMultipartConfig(GradioServlet.multipartConfig(runtime.settings));
        context.addServlet(holder, "/*");
        jetty.setHandler(context);
        jetty.setStopTimeout(1000);
        return jetty;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(org.eclipse.jetty.server.Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // it never started
        }
    }

    /**
     * Serves a new version of the app in place: sessions, State, uploads and the queue stay, and
     * open pages re-render. Of the new launch settings, only the page's css, js and head apply;
     * the port and the rest stay as the first launch set them.
     *
     * @throws RuntimeException what building the new version threw; the old version keeps serving
     */
    public void swap(Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        runtime.swap(compiler.apply(new StoredFiles(runtime.files, "", null)));
        runtime.page(settings.page());
        runtime.devEvents.publish(new DevEvents.Event("reload", "{}"));
    }

    /** Tells open pages that the last save could not be served, and why ({@code message}). */
    public void reloadFailed(String message) {
        runtime.devEvents.publish(new DevEvents.Event("error", JsonCodec.write(message)));
    }

    /** Every route the server answers, for the tests that go over each. */
    List<Route> routes() {
        return servlet.table();
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        housekeeping.close();
        runtime.close();
        stopQuietly(jetty);
    }
}
