package dev.gradio4j.internal.server;

/**
 * The launch options that shape the page: the app's CSS, its JavaScript and extra {@code <head>}
 * markup, and its icon. Unlike the other settings, a reload replaces them, so a save of the app's CSS shows.
 */
record PageOptions(String css, String js, String head, java.nio.file.Path favicon) {
    static PageOptions of(ServerSettings settings) {
        return new PageOptions(settings.css(), settings.js(), settings.head(), settings.favicon());
    }
}
