package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Dropdown;
import dev.gradio4j.Gr;
import dev.gradio4j.Markdown;
import dev.gradio4j.Outputs;
import dev.gradio4j.Radio;
import dev.gradio4j.Textbox;
import dev.gradio4j.Update;
import dev.gradio4j.Updates;
import java.util.List;

/** Modelled on Gradio's {@code blocks_update} demo: updates of visibility, label, lines and choices; twin {@code parity/apps/update_props.py}. */
public final class UpdateProps {
    private UpdateProps() {}

    /** The components the handler updates. */
    record Form(Textbox answer, Dropdown<String> options, Markdown hint) {
        Updates switchKind(String kind) {
            return switch (kind) {
                case "short" -> Updates.of()
                        .update(answer, Update.<String>of().visible(true).prop("lines", 1).label("short answer"))
                        .update(options, Update.<String>of().visible(false))
                        .set(hint, "Keep it brief.");
                case "long" -> Updates.of()
                        .update(answer, Update.<String>of().visible(true).prop("lines", 6).label("long answer"))
                        .update(options, Update.<String>of().visible(false))
                        .set(hint, "Take your time.");
                default -> Updates.of()
                        .update(answer, Update.<String>of().visible(false))
                        .update(options, Update.<String>of().visible(true).choices(List.of("yes", "no", "maybe")))
                        .set(hint, "Pick one.");
            };
        }
    }

    public static Blocks app() {
        var kind = Radio.of("short", "long", "choice").label("kind of answer");
        var answer = Gr.textbox().label("answer").visible(false);
        var options = Dropdown.of("yes", "no").label("options").visible(false);
        var hint = Markdown.of("Choose a kind of answer.");
        var form = new Form(answer, options, hint);
        kind.change(form::switchKind, kind, Outputs.of(answer, options, hint)).apiName("switch");
        return Blocks.of(kind, answer, options, hint);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
