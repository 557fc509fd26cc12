package dev.gradio4j;

/**
 * A running app, returned by {@code launch()}. Closing it stops the server and ends every
 * pending event.
 */
public interface Server extends AutoCloseable {

    /** The base URL, e.g. {@code http://127.0.0.1:7860}. */
    String url();

    /** The port the server listens on. */
    int port();

    /** Blocks the calling thread until the server stops. */
    void join() throws InterruptedException;

    /** Stops the server. */
    @Override
    void close();
}
