package dev.gradio4j.examples;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Launch;
import dev.gradio4j.LoginButton;
import dev.gradio4j.Markdown;
import dev.gradio4j.Outputs;
import dev.gradio4j.Request;
import dev.gradio4j.Row;
import dev.gradio4j.Update;
import dev.gradio4j.Updates;

/**
 * An app shared behind a login, whose tools depend on who logged in: everyone may count the
 * words of a text; only the admin sees the usage report, and its endpoint refuses anyone else
 * (the page hides it, and the server checks). Run with {@code examples/run auth} and log in as
 * {@code admin} / {@code pass1234} or {@code guest} / {@code guest1234}.
 */
public final class TeamTools {
    static final String ADMIN = "admin";

    private TeamTools() {}

    static String countWords(String text, Request request) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return words + (words == 1 ? " word" : " words") + ", counted for " + request.username() + ".";
    }

    static String usageReport(Request request) {
        if (!ADMIN.equals(request.username())) {
            throw new GradioError("Only the admin may see the usage report.");
        }
        return "Usage report: 2 users may log in (admin, guest).";
    }

    /** Greets the user, and shows the admin's tools to the admin only. */
    static Updates welcome(Request request, Markdown greeting, Button report) {
        boolean admin = ADMIN.equals(request.username());
        return Updates.of()
                .set(greeting, "Signed in as **" + request.username() + "**" + (admin ? " (admin)" : "") + ".")
                .update(report, Update.<String>of().visible(admin));
    }

    /** Builds the app (tests launch it on their own port, with {@link #logins()}). */
    public static Blocks app() {
        var greeting = Markdown.of("");
        var text = Gr.textbox().label("Text").lines(4);
        var count = Button.of("Count words").variant(ButtonVariant.PRIMARY);
        var counted = Gr.textbox().label("Count");
        var report = Button.of("Usage report").visible(false);
        var shown = Gr.textbox().label("Report");
        count.click(TeamTools::countWords, text, Gr.request(), counted).apiName("count_words");
        report.click(TeamTools::usageReport, Gr.request(), shown).apiName("usage_report");
        var app = Blocks.of(Row.of(Markdown.of("# Team tools"), LoginButton.create()), greeting, text, count, counted, report, shown)
                .title("Team tools");
        app.load(request -> welcome(request, greeting, report), Gr.request(), Outputs.of(greeting, report));
        return app;
    }

    /** The two users: the admin and a guest. */
    public static Launch logins() {
        return Launch.options().auth(ADMIN, "pass1234").auth("guest", "guest1234")
                .authMessage("Log in as admin / pass1234, or guest / guest1234.");
    }

    public static void main(String[] args) {
        app().launch(logins());
    }
}
