package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * A colour swatch that opens the browser's colour picker; its value is the colour as a CSS hex
 * {@link String} ({@code "#ff8800"}), or null when none was picked. Gradio's {@code gr.ColorPicker}.
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="colorPicker"}
 */
public final class ColorPicker extends StringComponent<ColorPicker> implements OnChange, OnInput, OnSubmit, OnFocus, OnBlur {
    private ColorPicker() {}

    /** A picker with no colour picked yet (the page shows black). */
    public static ColorPicker create() {
        return new ColorPicker();
    }

    /** A picker starting on {@code color}, a CSS hex colour such as {@code "#ff8800"}. */
    public static ColorPicker of(String color) {
        return new ColorPicker().value(color);
    }

    @Override
    protected String type() {
        return "colorpicker";
    }

    @Override
    protected Object examplePayload() {
        return "#000000";
    }
}
