package dev.gradio4j;

import java.util.Locale;

/** Gradio's string shortcuts for components: {@code "text"}, {@code "image"}, {@code "label"}... */
final class Shortcuts {
    private Shortcuts() {}

    static Component<?, ?> component(Object spec, State<?> sharedState) {
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
            case "image" -> Image.create();
            case "file" -> File.create();
            case "files" -> File.multiple();
            case "label" -> Label.create();
            case "json" -> Json.create();
            case "html" -> Html.create();
            case "markdown" -> Markdown.create();
            case "state" -> sharedState != null ? sharedState : State.create();
            default -> throw new IllegalArgumentException("unknown component shortcut \"" + name + "\"; known: text, textbox,"
                    + " textarea, number, slider, checkbox, image, file, files, label, json, html, markdown, state");
        };
    }
}
