package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * What every kind of app shares: {@link Blocks}, {@link Interface}, {@link ChatInterface} and
 * {@link TabbedInterface} each become {@link Blocks} to be served, called as a function, or
 * placed in a bigger app ({@link TabbedInterface}, {@link Parallel}, {@link Series}).
 */
public sealed interface App permits Blocks, Interface, ChatInterface, TabbedInterface {

    /** The app as {@link Blocks}. */
    Blocks toBlocks();

    /** Serves the app; see {@link Blocks#launch()}. */
    Server launch();

    /** Serves the app with options; see {@link Blocks#launch(Launch)}. */
    Server launch(Launch options);

    /** Calls an endpoint of the app as a Java function; see {@link Blocks#call}. */
    @Nullable Object call(String endpoint, @Nullable Object... args);
}
