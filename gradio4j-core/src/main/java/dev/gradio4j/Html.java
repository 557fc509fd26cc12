package dev.gradio4j;

import java.util.Map;

/**
 * Raw HTML; its value is the HTML {@link String}. Scripts in it do not run: the browser
 * sanitises it. Gradio's {@code gr.HTML}.
 */
public final class Html extends Component<String, Html> implements OnChange, OnClick {

    private Html() {}

    /** HTML showing the given markup. */
    public static Html of(String html) {
        return new Html().value(html);
    }

    /** Empty HTML, to be filled by an event. */
    public static Html create() {
        return new Html();
    }

    @Override
    protected String type() {
        return "html";
    }

    @Override
    protected String validate(Object payload) {
        return payload == null || payload instanceof String ? null : "expected a string, got " + JsonTypes.describe(payload);
    }

    @Override
    protected String preprocess(Object payload, ValueContext context) {
        return (String) payload;
    }

    @Override
    protected Object postprocess(String value, ValueContext context) {
        return value;
    }

    @Override
    protected String coerce(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema("string");
    }

    @Override
    protected Object examplePayload() {
        return "<p>Hello</p>";
    }
}
