package dev.gradio4j.examples.snippets;

import dev.gradio4j.Accordion;
import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Chatbot;
import dev.gradio4j.Dependency;
import dev.gradio4j.Gr;
import dev.gradio4j.LikeData;
import dev.gradio4j.Markdown;
import dev.gradio4j.Request;
import dev.gradio4j.SelectData;
import dev.gradio4j.Tab;
import dev.gradio4j.Tabs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples in the Javadoc of the event interfaces ({@code OnClick}, ...), one region each:
 * kept here so that the compiler checks them. {@link #app()} wires every one of them into an app,
 * which a test launches.
 */
public final class EventSnippets {
    private EventSnippets() {}

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    static Double add(Double a, Double b) {
        return a + b;
    }

    static String describe(Path file) {
        return file == null ? "no file" : file.getFileName() + " (" + file.toFile().length() + " bytes)";
    }

    static List<ChatMessage> without(List<ChatMessage> history, int index) {
        return new ArrayList<>(history.subList(0, Math.max(0, Math.min(index, history.size()))));
    }

    /** An app that has every event of gradio4j. */
    public static Blocks app() {
        var name = Gr.textbox().label("Name");
        var greeting = Gr.textbox().label("Greeting");
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var sum = Gr.number().label("Sum");
        var button = Button.of("Add");
        var upload = Gr.file();
        var size = Gr.textbox().label("File");
        var temperature = Gr.slider(0, 2).label("Temperature");
        var model = Gr.dropdown("small", "large").label("Model");
        var notes = Markdown.of("Notes");
        var chatbot = Chatbot.create();
        var log = Gr.textbox().label("Log");
        var details = Accordion.of("Details", Gr.markdown("More"));
        var tabs = Tabs.of(Tab.of("One", Gr.markdown("1")), Tab.of("Two", Gr.markdown("2")));
        var app = Blocks.of(name, greeting, a, b, sum, button, upload, size, temperature, model, notes, chatbot, log,
                details, tabs);

        // @start region="click"
        button.click(EventSnippets::add, a, b, sum);   // add(Double, Double) -> Double
        // @end
        // @start region="submit"
        name.submit(EventSnippets::greet, name, greeting);   // greet(String) -> String
        // @end
        // @start region="change"
        name.change(text -> text.length() + " characters", name, log);
        // @end
        // @start region="input"
        temperature.input(t -> "temperature " + t, temperature, log);   // the user moved it
        // @end
        // @start region="release"
        temperature.release(t -> "settled on " + t, temperature, log);
        // @end
        // @start region="focus"
        name.focus(() -> "typing a name...", log);
        // @end
        // @start region="blur"
        name.blur(text -> "name is now " + text, name, log);
        // @end
        // @start region="keyUp"
        model.keyUp(typed -> "searching " + typed, model, log);
        // @end
        // @start region="select"
        model.select((SelectData choice) -> "picked " + choice.value(), Gr.selectData(), log);
        // @end
        // @start region="copy"
        notes.copy(() -> "copied the notes", log);
        // @end
        // @start region="stop"
        Dependency greetingRun = name.submit(EventSnippets::greet, name, greeting);
        name.stop().cancels(greetingRun);   // the box's Stop button stops the run
        // @end
        // @start region="upload"
        upload.upload(EventSnippets::describe, upload, size);   // describe(Path) -> String
        // @end
        // @start region="clear"
        upload.clear(() -> "", size);
        // @end
        // @start region="delete"
        upload.delete(() -> "file removed", log);
        // @end
        // @start region="download"
        upload.download(() -> "a file was downloaded", log);
        // @end
        // @start region="like"
        chatbot.like((LikeData vote) -> (vote.liked() ? "+1 for " : "-1 for ") + vote.index(), Gr.likeData(), log);
        // @end
        // @start region="retry"
        chatbot.retry((history, retry) -> without(history, retry.index()), chatbot, Gr.retryData(), chatbot);
        // @end
        // @start region="undo"
        chatbot.undo((history, undo) -> without(history, undo.index()), chatbot, Gr.undoData(), chatbot);
        // @end
        // @start region="edit"
        chatbot.edit((history, edit) -> without(history, edit.index() + 1), chatbot, Gr.editData(), chatbot);
        // @end
        // @start region="optionSelect"
        chatbot.optionSelect((SelectData option) -> "chose " + option.value(), Gr.selectData(), log);
        // @end
        // @start region="exampleSelect"
        chatbot.exampleSelect((SelectData example) -> "picked example " + example.index(), Gr.selectData(), log);
        // @end
        // @start region="expand"
        details.expand(() -> "details opened", log);
        // @end
        // @start region="collapse"
        details.collapse(() -> "details closed", log);
        // @end
        // @start region="load"
        app.load((Request request) -> "welcome, " + request.clientHost(), Gr.request(), log);
        // @end
        // @start region="unload"
        app.unload(() -> System.out.println("a browser left"));
        // @end
        // @start region="then"
        button.click(EventSnippets::add, a, b, sum)
              .then(total -> "the sum is " + total, sum, log);   // runs once the sum is shown
        // @end
        // @start region="success"
        name.submit(EventSnippets::greet, name, greeting)
            .success(() -> "greeted", log);   // only when greet did not throw
        // @end
        // @start region="failure"
        name.submit(EventSnippets::greet, name, greeting)
            .failure(() -> "could not greet", log);   // only when greet threw
        // @end
        // @start region="on"
        Gr.on(List.of(button.onClick(), name.onSubmit()), EventSnippets::greet, name, greeting);
        // @end
        return app;
    }
}
