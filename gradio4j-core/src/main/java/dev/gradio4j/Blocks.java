package dev.gradio4j;

import dev.gradio4j.internal.reload.Launcher;
import dev.gradio4j.internal.server.ServletMount;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An app built by explicit composition: a layout tree of blocks whose events were wired on the
 * components. Gradio's {@code gr.Blocks}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="blocks"}
 *
 * <p>{@link #launch() app.launch()} serves it.
 *
 * <p>Components that events use but the layout does not show ({@link State}, say) need not be
 * placed. The app is compiled when launched; changes after that are not seen.
 */
public final class Blocks implements App, OnLoad, OnUnload {
    final List<Block<?>> children = new ArrayList<>();
    final List<Dependency> listeners = new ArrayList<>();
    String title = "Gradio";
    String mode = "blocks";
    Integer maxQueueSize;
    Integer defaultConcurrencyLimit = 1;
    boolean fillHeight;
    boolean fillWidth;
    /** The app a loaded copy mirrors ({@link Gr#load}), whose files the page gets through this server. */
    List<dev.gradio4j.internal.app.ProxiedApp> proxied = List.of();
    final PageStyle style = new PageStyle();

    private Blocks() {}

    /** An app showing the given blocks, top to bottom. */
    public static Blocks of(Block<?>... children) {
        return new Blocks().add(children);
    }

    /** This app itself: a Blocks is already Blocks. */
    @Override
    public Blocks toBlocks() {
        return this;
    }

    /** Appends blocks below the others. */
    public Blocks add(Block<?>... blocks) {
        for (Block<?> block : blocks) {
            children.add(java.util.Objects.requireNonNull(block, "a block is null"));
        }
        return this;
    }

    /** The browser tab's title. */
    public Blocks title(String title) {
        this.title = title;
        return this;
    }

    /** The most events that may wait in the queue; later ones are refused with 503. */
    public Blocks maxQueueSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a queue holds at least 1 event: " + size);
        }
        this.maxQueueSize = size;
        return this;
    }

    /**
     * The concurrency limit of events that set none (1 by default, as in Gradio); null for no
     * limit.
     */
    public Blocks defaultConcurrencyLimit(@Nullable Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("a concurrency limit is at least 1, or null for none: " + limit);
        }
        this.defaultConcurrencyLimit = limit;
        return this;
    }

    /** Stretches the app to the window's height. */
    public Blocks fillHeight(boolean fill) {
        this.fillHeight = fill;
        return this;
    }

    /** Lets the app use the window's full width. */
    public Blocks fillWidth(boolean fill) {
        this.fillWidth = fill;
        return this;
    }

    /** The page's theme, as Gradio's {@code theme}; a {@link Launch#theme} wins over it. */
    public Blocks theme(@Nullable Theme theme) {
        style.theme(theme);
        return this;
    }

    /** Custom CSS for the page, as Gradio's {@code css}; see {@link Launch#css}. */
    public Blocks css(@Nullable String css) {
        style.css(css);
        return this;
    }

    /** CSS files for the page, read at launch; see {@link Launch#cssPaths}. */
    public Blocks cssPaths(java.nio.file.Path... paths) {
        style.cssPaths(paths);
        return this;
    }

    /** JavaScript run when the page loads; see {@link Launch#js}. */
    public Blocks js(@Nullable String js) {
        style.js(js);
        return this;
    }

    /** A JavaScript file run when the page loads, read at launch; see {@link Launch#jsPath}. */
    public Blocks jsPath(java.nio.file.@Nullable Path path) {
        style.jsPath(path);
        return this;
    }

    /** Custom HTML for the page's {@code <head>}; see {@link Launch#head}. */
    public Blocks head(@Nullable String head) {
        style.head(head);
        return this;
    }

    /** HTML files for the page's {@code <head>}, read at launch; see {@link Launch#headPaths}. */
    public Blocks headPaths(java.nio.file.Path... paths) {
        style.headPaths(paths);
        return this;
    }

    /**
     * Serves the app on {@code GRADIO_SERVER_NAME}:{@code GRADIO_SERVER_PORT} (127.0.0.1:7860 by
     * default, the next free port if that one is taken) and returns once it listens. The server
     * runs until {@link Server#close()} or the JVM exits.
     */
    @Override
    public Server launch() {
        return launch(Launch.options());
    }

    /** Serves the app with the given options; see {@link #launch()}. */
    @Override
    public Server launch(Launch options) {
        return Launcher.launch(context -> AppCompiler.compile(this, context), options.settings(style));
    }

    /**
     * Serves the app from a servlet container (Spring Boot, Tomcat, Jetty, ...) at {@code path}
     * of its context, as Gradio's {@code mount_gradio_app}: call it where the container lets you
     * add servlets (a {@code ServletContainerInitializer}, Spring Boot's
     * {@code ServletContextInitializer}). The page, the API and every URL the app gives out live
     * under the context path and {@code path}; behind a proxy that adds a prefix of its own, set
     * {@link Launch#trustedProxies} (for {@code X-Forwarded-Prefix}) or {@link Launch#rootPath}.
     * The container decides where to listen, so {@code host} and {@code port} are ignored.
     * Event streams hold a request thread each while open: give the container virtual threads
     * (Spring Boot: {@code spring.threads.virtual.enabled=true}).
     * {@snippet class="dev.gradio4j.examples.snippets.MountSnippets" region="mount"}
     *
     * @param context the container's servlet context, before it starts
     * @param path    {@code "/"} for the context's root, else a path such as {@code "/demo"}
     * @return the servlet's registration, for the container's own settings
     * @throws IllegalStateException when the app does not compile, or another app is mounted at {@code path}
     */
    @Override
    public ServletRegistration.Dynamic mount(ServletContext context, String path, Launch options) {
        return ServletMount.mount(context, path, compiling -> AppCompiler.compile(this, compiling), options.settings(style));
    }

    /**
     * Calls one of the app's endpoints as a Java function, as Gradio's {@code demo(...)}: in this
     * thread, without HTTP, the queue or a session; the app need not be launched.
     * {@snippet class="dev.gradio4j.examples.snippets.LoadSnippets" region="call"}
     *
     * <p>The arguments are the handler's values (a {@code String} for a Textbox, a {@code Double}
     * or any number for a Number, a {@code BufferedImage} or {@code Path} for an Image, as the
     * component gives it), one for each input an API client passes: every component input but a
     * {@link State}, which starts from its initial value at each call. The answer is what the
     * handler returned for the outputs other than {@code State}s: the value itself for one output,
     * an unmodifiable {@code List} of them for several, null for none (an output an
     * {@link Update} left unchanged is null). A streaming handler runs to its end and its last
     * value is answered. Injected inputs work: {@link Gr#request()} gives a request of no browser,
     * progress goes nowhere, and toasts are logged.
     *
     * @param endpoint the API name, {@code "/predict"} (the slash may be left out); private
     *     endpoints may be called too
     * @throws IllegalArgumentException naming the app's endpoints when it has no such one, or
     *     saying which argument is wrong (too few or many, or a value its input cannot take)
     * @throws IllegalStateException wrapping a checked exception the handler threw; unchecked
     *     ones ({@link GradioError}...) come out as they are
     */
    @Override
    public @Nullable Object call(String endpoint, @Nullable Object... args) {
        return dev.gradio4j.internal.app.DirectCall.call(AppCompiler.compile(this, dev.gradio4j.internal.app.DirectCall.FILES),
                java.util.Objects.requireNonNull(endpoint, "endpoint"), args);
    }

    /** {@link #mount(ServletContext, String, Launch)} with the default options. */
    @Override
    public ServletRegistration.Dynamic mount(ServletContext context, String path) {
        return mount(context, path, Launch.options());
    }
}
