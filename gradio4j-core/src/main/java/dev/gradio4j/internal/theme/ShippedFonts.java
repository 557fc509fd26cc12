package dev.gradio4j.internal.theme;

/**
 * The font files this jar's UI build has under {@code static/fonts/} (where the server serves
 * them): Gradio's own set, so a theme's CSS names a local file exactly where Gradio's would.
 */
public final class ShippedFonts {
    private static final String ROOT = "dev/gradio4j/frontend/static/fonts/";

    private ShippedFonts() {}

    /** Whether the build has {@code file} ({@code "Quicksand/Quicksand-Bold.woff2"}). */
    public static boolean has(String file) {
        return ShippedFonts.class.getClassLoader().getResource(ROOT + file) != null;
    }
}
