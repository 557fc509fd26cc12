package dev.gradio4j;


/**
 * A button; its value is its label. Gradio's {@code gr.Button}.
 *
 * <pre>{@code
 * var go = Button.of("Calculate").primary();
 * go.click(Calculator::calculate, a, op, b, result);
 * }</pre>
 */
public class Button extends StringComponent<Button> implements OnClick {
    private String variant = "secondary";
    private String size;
    private String link;

    Button(String text) {
        value(text);
    }

    /** A button labelled "Run". */
    public static Button create() {
        return new Button("Run");
    }

    /** A button with the given text. */
    public static Button of(String text) {
        return new Button(text);
    }

    /** Styles it as the main action. */
    public Button primary() {
        this.variant = "primary";
        return this;
    }

    /** Styles it as a stop/danger action. */
    public Button stop() {
        this.variant = "stop";
        return this;
    }

    /** "sm", "md" or "lg". */
    public Button size(String size) {
        this.size = size;
        return this;
    }

    /** Makes the button open a URL instead of firing events. */
    public Button link(String url) {
        this.link = url;
        return this;
    }

    @Override
    protected String type() {
        return "button";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("variant", variant);
        props.put("size", size);
        props.put("link", link);
    }

    @Override
    protected boolean skipApi() {
        return true;
    }

    @Override
    protected Object examplePayload() {
        return "Run";
    }

    /** Sized to its content, as in Gradio. */
    @Override
    protected Integer defaultMinWidth() {
        return null;
    }
}
