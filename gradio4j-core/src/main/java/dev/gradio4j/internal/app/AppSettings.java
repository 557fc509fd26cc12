package dev.gradio4j.internal.app;

/**
 * The app-level settings of a compiled app, which {@link Config} writes under Gradio's names.
 *
 * @param title      the browser tab's title
 * @param mode       Gradio's app mode: {@code blocks}, {@code interface} or {@code chat_interface}
 * @param fillHeight whether the app fills the window's height
 * @param fillWidth  whether the app fills the window's width
 */
public record AppSettings(String title, String mode, boolean fillHeight, boolean fillWidth) {}
