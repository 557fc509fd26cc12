package dev.gradio4j;

import org.jspecify.annotations.Nullable;


/**
 * A text field, one line or several; its value is a {@link String}. Gradio's {@code gr.Textbox}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="textbox"}
 */
public final class Textbox extends StringComponent<Textbox>
        implements OnChange, OnInput, OnSelect, OnSubmit, OnFocus, OnBlur, OnCopy, OnStop {
    private int lines = 1;
    private Integer maxLines;
    private String placeholder;
    private String inputType = "text";
    private Integer maxLength;
    private boolean showCopyButton;
    private boolean autofocus;
    private Object submitButton = false;
    private boolean stopButton;

    private Textbox() {}

    /** An empty one-line text field. */
    public static Textbox create() {
        return new Textbox();
    }

    /** Minimum number of lines shown. */
    public Textbox lines(int lines) {
        this.lines = lines;
        return this;
    }

    /** Maximum number of lines before the field scrolls. */
    public Textbox maxLines(int maxLines) {
        this.maxLines = maxLines;
        return this;
    }

    /** Hint shown while the field is empty. */
    public Textbox placeholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /** Masks the input, for passwords. */
    public Textbox password() {
        this.inputType = "password";
        return this;
    }

    /** Longest text the user may type. */
    public Textbox maxLength(int maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    /** Shows a button that copies the text. */
    public Textbox showCopyButton(boolean show) {
        this.showCopyButton = show;
        return this;
    }

    /** Focuses the field when the page loads. */
    public Textbox autofocus(boolean autofocus) {
        this.autofocus = autofocus;
        return this;
    }

    /** Shows a Send button inside the box (an arrow), which fires {@code submit} as Enter does. */
    public Textbox submitButton(boolean show) {
        this.submitButton = show;
        return this;
    }

    /** Shows a Send button inside the box with this text. */
    public Textbox submitButton(@Nullable String text) {
        this.submitButton = text;
        return this;
    }

    /**
     * Shows a Stop button, in place of Send, while an event that writes to the box runs; its
     * {@code stop} event is where a handler is cancelled: {@code box.stop().cancels(sent)}.
     */
    public Textbox stopButton(boolean show) {
        this.stopButton = show;
        return this;
    }

    @Override
    protected String type() {
        return "textbox";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("lines", lines);
        props.put("max_lines", maxLines);
        props.put("placeholder", placeholder);
        props.put("type", inputType);
        props.put("max_length", maxLength);
        props.put("buttons", showCopyButton ? java.util.List.of("copy") : java.util.List.of()); // Gradio 6's corner buttons
        props.put("rtl", false);
        props.put("autofocus", autofocus);
        props.put("submit_btn", submitButton);
        props.put("stop_btn", stopButton);
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        String problem = super.validate(payload);
        if (problem != null) {
            return problem;
        }
        if (maxLength != null && payload instanceof String text && text.length() > maxLength) {
            return "the text is " + text.length() + " characters long; at most " + maxLength + " are allowed";
        }
        return null;
    }

    @Override
    protected Object examplePayload() {
        return "Hello!!";
    }
}
