package dev.gradio4j;

import org.jspecify.annotations.Nullable;


/**
 * Raw HTML; its value is the HTML {@link String}. Scripts in it do not run: the browser
 * sanitises it, unless {@link #sanitizeHtml(boolean)} turns that off. Gradio's {@code gr.HTML}.
 */
public final class Html extends StringComponent<Html> implements OnChange, OnClick {
    private boolean sanitizeHtml = true;

    private Html() {}

    /** HTML showing the given markup. */
    public static Html of(@Nullable String html) {
        return new Html().value(html);
    }

    /** Empty HTML, to be filled by an event. */
    public static Html create() {
        return new Html();
    }

    /**
     * Whether the browser sanitises the HTML before showing it (default true): scripts, inline
     * event handlers ({@code onclick}, {@code onerror}, ...), {@code javascript:} links and other
     * active content are removed, and the rest is shown as written.
     *
     * <p>Turning it off shows the HTML exactly as given, event handlers and all. Only do so for
     * HTML your app wrote itself: if any part of it comes from a user, a file, a model's output
     * or another site, it can run script in the page of everyone who sees it (cross-site
     * scripting), and act as them in the app.
     */
    public Html sanitizeHtml(boolean sanitize) {
        this.sanitizeHtml = sanitize;
        return this;
    }

    @Override
    protected String type() {
        return "html";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("sanitize_html", sanitizeHtml);
        props.put("buttons", java.util.List.of());
    }

    @Override
    protected Object examplePayload() {
        return "<p>Hello</p>";
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
