package dev.gradio4j.internal.app;

import dev.gradio4j.Checkbox;
import dev.gradio4j.ColorPicker;
import dev.gradio4j.Component;
import dev.gradio4j.File;
import dev.gradio4j.HighlightedText;
import dev.gradio4j.Html;
import dev.gradio4j.Image;
import dev.gradio4j.Json;
import dev.gradio4j.Label;
import dev.gradio4j.Markdown;
import dev.gradio4j.Number;
import dev.gradio4j.Slider;
import dev.gradio4j.State;
import dev.gradio4j.Textbox;
import java.util.Locale;

/** Gradio's string shortcuts for components: {@code "text"}, {@code "image"}, {@code "label"}... */
public final class Shortcuts {
    private Shortcuts() {}

    public static Component<?, ?> component(Object spec, State<?> sharedState) {
        if (spec instanceof Component<?, ?> component) {
            return component;
        }
        if (!(spec instanceof String name)) {
            throw new IllegalArgumentException("an input or output is a component or a shortcut string, not " + spec);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text", "textbox" -> Textbox.create();
            case "textarea" -> Textbox.create().lines(7);
            case "number" -> Number.create();
            case "slider" -> Slider.create();
            case "checkbox" -> Checkbox.create();
            case "colorpicker" -> ColorPicker.create();
            case "image" -> Image.create();
            case "file" -> File.create();
            case "files" -> File.multiple();
            case "label" -> Label.create();
            case "highlightedtext", "highlight" -> HighlightedText.create();
            case "json" -> Json.create();
            case "html" -> Html.create();
            case "markdown" -> Markdown.create();
            case "state" -> sharedState != null ? sharedState : State.create();
            default -> throw new IllegalArgumentException("unknown component shortcut \"" + name + "\"; known: text, textbox,"
                    + " textarea, number, slider, checkbox, colorpicker, image, file, files, label, highlightedtext, json, html, markdown, state");
        };
    }
}
