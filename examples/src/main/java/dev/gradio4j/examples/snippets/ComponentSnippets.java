package dev.gradio4j.examples.snippets;

import dev.gradio4j.Blocks;
import dev.gradio4j.Chatbot;
import dev.gradio4j.ClearButton;
import dev.gradio4j.ColorPicker;
import dev.gradio4j.Gr;
import dev.gradio4j.HighlightedText;
import dev.gradio4j.HighlightedText.Span;
import dev.gradio4j.MultimodalTextbox;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.Slider;
import dev.gradio4j.Textbox;

/**
 * The examples in the Javadoc of {@code Textbox}, {@code Slider}, {@code ClearButton},
 * {@code MultimodalTextbox}, {@code ColorPicker} and {@code HighlightedText}: making a component and setting its options. {@link #app()} puts
 * them in an app, which a test launches.
 */
public final class ComponentSnippets {
    private ComponentSnippets() {}

    /** The app's function. */
    static final class App {
        private App() {}

        static String answer(MultimodalValue message) {
            return message.files().size() + " file(s) and \"" + message.text() + "\"";
        }
    }

    /** An app with every component of these examples; {@code /answer} answers the message box. */
    public static Blocks app() {
        // @start region="textbox"
        var name = Textbox.create().label("Name").placeholder("Your name");
        // @end
        // @start region="slider"
        var temperature = Slider.of(0, 2).step(0.1).value(0.7).label("Temperature");
        // @end
        var message = Gr.textbox().label("Message");
        var chatbot = Chatbot.create();
        // @start region="clearButton"
        var clear = ClearButton.of(message, chatbot);   // empties both, in the browser
        // @end
        var reply = Gr.textbox().label("Reply");
        // @start region="multimodalTextbox"
        var box = MultimodalTextbox.create().fileTypes("image", ".pdf").placeholder("Ask about a picture");
        box.submit(App::answer, box, reply);   // answer(MultimodalValue) -> String
        // @end
        // @start region="colorPicker"
        var accent = ColorPicker.of("#ff8800").label("Accent");
        var css = Gr.textbox().label("CSS");
        accent.change(color -> ":root { --accent: " + color + "; }", accent, css);
        // @end
        // @start region="highlightedText"
        var entities = HighlightedText.of(Span.of("Ada", "person"), Span.plain(" lived in "), Span.of("London", "place"))
                .colorMap(java.util.Map.of("person", "#f9a8d4", "place", "#93c5fd")).showLegend(true);
        var weights = HighlightedText.of(Span.plain("not "), Span.scored("bad", -0.8), Span.plain(" at all"));
        // @end
        return Blocks.of(name, temperature, message, chatbot, clear, box, reply, accent, css, entities, weights);
    }
}
