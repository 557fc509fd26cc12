package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rendered Markdown (with code highlighting and LaTeX in the browser); its value is the Markdown
 * {@link String}. HTML in it is sanitised unless {@link #sanitizeHtml(boolean)} says otherwise.
 * Gradio's {@code gr.Markdown}.
 */
public final class Markdown extends StringComponent<Markdown> implements OnChange, OnCopy {
    private boolean sanitizeHtml = true;
    private boolean showCopyButton;
    private boolean rtl;

    private Markdown() {}

    /** Markdown showing the given text. */
    public static Markdown of(@Nullable String text) {
        return new Markdown().value(text);
    }

    /** The centred heading Interface and ChatInterface put above the app, its text shown as written. */
    static Markdown appTitle(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return of("<h1 style='text-align: center; margin-bottom: 1rem'>" + escaped + "</h1>");
    }

    /** Empty Markdown, to be filled by an event. */
    public static Markdown create() {
        return new Markdown();
    }

    /** Whether HTML inside the Markdown is sanitised (default true). */
    public Markdown sanitizeHtml(boolean sanitize) {
        this.sanitizeHtml = sanitize;
        return this;
    }

    /** Shows a button that copies the Markdown source. */
    public Markdown showCopyButton(boolean show) {
        this.showCopyButton = show;
        return this;
    }

    /** Right-to-left text. */
    public Markdown rtl(boolean rtl) {
        this.rtl = rtl;
        return this;
    }

    @Override
    protected String type() {
        return "markdown";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("sanitize_html", sanitizeHtml);
        props.put("buttons", showCopyButton ? java.util.List.of("copy") : null); // Gradio 6's corner buttons; none by default
        props.put("line_breaks", false);
        props.put("rtl", rtl);
        props.put("latex_delimiters", java.util.List.of(Map.of("left", "$$", "right", "$$", "display", true)));
    }

    @Override
    protected @Nullable Object postprocess(@Nullable String value, ValueContext context) {
        return value == null ? null : value.strip();
    }

    @Override
    protected Object examplePayload() {
        return "# Hello!";
    }

    /** Unlabelled and unframed unless the app asks, as in Gradio. */
    @Override
    @Nullable Boolean defaultShowLabel() {
        return false;
    }

    @Override
    @Nullable Boolean defaultContainer() {
        return false;
    }

    /** Sized to its content, as in Gradio. */
    @Override
    protected @Nullable Integer defaultMinWidth() {
        return null;
    }
}
