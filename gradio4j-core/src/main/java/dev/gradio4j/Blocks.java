package dev.gradio4j;

import dev.gradio4j.internal.server.Launcher;
import java.util.ArrayList;
import java.util.List;

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
public final class Blocks implements OnLoad, OnUnload {
    final List<Block<?>> children = new ArrayList<>();
    final List<Dependency> listeners = new ArrayList<>();
    String title = "Gradio";
    String mode = "blocks";
    Integer maxQueueSize;
    Integer defaultConcurrencyLimit = 1;
    boolean fillHeight;
    boolean fillWidth;

    private Blocks() {}

    /** An app showing the given blocks, top to bottom. */
    public static Blocks of(Block<?>... children) {
        return new Blocks().add(children);
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
    public Blocks defaultConcurrencyLimit(Integer limit) {
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

    /**
     * Serves the app on {@code GRADIO_SERVER_NAME}:{@code GRADIO_SERVER_PORT} (127.0.0.1:7860 by
     * default, the next free port if that one is taken) and returns once it listens. The server
     * runs until {@link Server#close()} or the JVM exits.
     */
    public Server launch() {
        return launch(Launch.options());
    }

    /** Serves the app with the given options; see {@link #launch()}. */
    public Server launch(Launch options) {
        return Launcher.launch(context -> AppCompiler.compile(this, context), options.settings());
    }
}
