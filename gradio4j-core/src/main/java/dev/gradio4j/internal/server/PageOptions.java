package dev.gradio4j.internal.server;

import dev.gradio4j.internal.theme.ThemeStylesheet;

/**
 * The launch options that shape the page: the app's CSS, its JavaScript, extra {@code <head>}
 * markup and its theme (files already read). Unlike the other settings, a reload replaces them,
 * so a save of the app's CSS or theme shows.
 *
 * @param css   the app's CSS, or null
 * @param js    the app's JavaScript, or null
 * @param head  the app's extra head markup, or null
 * @param theme the theme, served as {@code /theme.css}
 */
public record PageOptions(String css, String js, String head, ThemeStylesheet theme) {}
