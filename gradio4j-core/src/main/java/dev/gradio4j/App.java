package dev.gradio4j;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.jspecify.annotations.Nullable;

/**
 * What every kind of app shares: {@link Blocks}, {@link Interface}, {@link ChatInterface} and
 * {@link TabbedInterface} each become {@link Blocks} to be served, called as a function, or
 * placed in a bigger app ({@link TabbedInterface}, {@link Parallel}, {@link Series}). Serving and
 * calling go through {@link #toBlocks()}.
 */
public sealed interface App permits Blocks, Interface, ChatInterface, TabbedInterface {

    /** The app as {@link Blocks}. */
    Blocks toBlocks();

    /** Serves the app; see {@link Blocks#launch()}. */
    default Server launch() {
        return toBlocks().launch();
    }

    /** Serves the app with options; see {@link Blocks#launch(Launch)}. */
    default Server launch(Launch options) {
        return toBlocks().launch(options);
    }

    /** Calls an endpoint of the app as a Java function; see {@link Blocks#call}. */
    default @Nullable Object call(String endpoint, @Nullable Object... args) {
        return toBlocks().call(endpoint, args);
    }

    /** Serves the app from a servlet container; see {@link Blocks#mount(ServletContext, String, Launch)}. */
    default ServletRegistration.Dynamic mount(ServletContext context, String path, Launch options) {
        return toBlocks().mount(context, path, options);
    }

    /** Serves the app from a servlet container with the default options; see {@link Blocks#mount(ServletContext, String)}. */
    default ServletRegistration.Dynamic mount(ServletContext context, String path) {
        return toBlocks().mount(context, path);
    }
}
