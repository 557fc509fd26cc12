package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A UI element with a value: the base of every component, one file per component as in
 * Gradio's {@code gradio/components/}.
 *
 * <p>The contract a component implements (custom components too):
 * <ul>
 *   <li>{@link #preprocess}: the wire payload sent by the browser or an API client, turned into
 *       the Java value the handler receives ({@code T});</li>
 *   <li>{@link #postprocess}: a handler's Java value turned into the wire payload;</li>
 *   <li>{@link #validate}: a cheap check of a payload when an event is submitted, so a wrong
 *       argument is refused with a clear 422 before it is queued;</li>
 *   <li>{@link #apiInfo} and {@link #examplePayload}: the JSON schema and example shown in
 *       {@code /gradio_api/info}.</li>
 * </ul>
 *
 * @param <T> the Java value type handlers receive and return: {@code @Nullable} when
 *            {@link #preprocess} can give a handler null, as for an empty field
 * @param <S> the concrete type, so that fluent setters keep it
 */
public abstract non-sealed class Component<T extends @Nullable Object, S extends Component<T, S>> extends Block<S>
        implements Input<T>, Output<T> {
    private @Nullable T value;
    private @Nullable String label;
    private @Nullable String info;
    private @Nullable Boolean showLabel;
    private @Nullable Boolean container;
    private @Nullable Integer scale;
    private @Nullable Integer minWidth;
    private @Nullable Boolean interactive;
    /**
     * The conversions of a component that stands for another app's ({@link Gr#load}): payloads
     * pass through as they are, but for files; null for the component's own.
     */
    dev.gradio4j.internal.app.@Nullable Codec wireCodec;

    protected Component() {}

    /** Turns a wire payload into the handler's value; {@code null} stays {@code null} unless documented. */
    protected abstract T preprocess(@Nullable Object payload, ValueContext context) throws Exception;

    /**
     * Turns a handler's value into the wire payload. {@code value} is null when a handler returned
     * null (an untyped {@link Fn.Dynamic} one may, for any output), and when a {@link ClearButton}
     * asks for the empty payload.
     */
    protected abstract @Nullable Object postprocess(@Nullable T value, ValueContext context) throws Exception;

    /**
     * Converts a value a handler returned to {@code T}. The default casts; components override
     * it to accept close relatives (any {@link java.lang.Number} for a {@link Number}).
     *
     * @throws ClassCastException when the value cannot stand for a {@code T}
     */
    @SuppressWarnings("unchecked")
    protected @Nullable T coerce(@Nullable Object value) {
        return (T) value;
    }

    /**
     * Checks a payload's shape before the event is queued.
     *
     * @return null when the payload is acceptable, else a message saying what is wrong
     */
    protected @Nullable String validate(@Nullable Object payload) {
        return null;
    }

    /** The JSON schema of the payload, as in Gradio's {@code api_info()}. */
    protected abstract Map<String, Object> apiInfo();

    /** An example payload for the API page. */
    protected abstract @Nullable Object examplePayload();

    /** Components with no API presence (state, buttons) say so here. */
    protected boolean skipApi() {
        return false;
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("label", label);
        props.put("info", info);
        props.put("show_label", showLabel != null ? showLabel : defaultShowLabel());
        props.put("container", container != null ? container : defaultContainer());
        props.put("scale", scale);
        props.put("min_width", minWidth != null ? minWidth : defaultMinWidth());
        props.put("interactive", interactive);
    }

    /** The initial value; null for none. */
    public S value(@Nullable T value) {
        this.value = value;
        return self();
    }

    /** The initial value, or null. */
    public @Nullable T value() {
        return value;
    }

    /** The label shown above the component, and the parameter's label in the API; null for none. */
    public S label(@Nullable String label) {
        this.label = label;
        return self();
    }

    /** The label, or null. */
    public @Nullable String label() {
        return label;
    }

    /** Additional help text shown below the label. */
    public S info(@Nullable String info) {
        this.info = info;
        return self();
    }

    /** Whether the label is shown. */
    public S showLabel(boolean showLabel) {
        this.showLabel = showLabel;
        return self();
    }

    /** Whether the component sits in a padded container. */
    public S container(boolean container) {
        this.container = container;
        return self();
    }

    /** Relative width in a {@link Row}, as CSS flex-grow. */
    public S scale(int scale) {
        this.scale = scale;
        return self();
    }

    /**
     * The minimum width when the app sets none: 160 px, as Gradio's, so that a row of inputs
     * wraps on a phone rather than squeezing them; null for components that size to content.
     */
    protected @Nullable Integer defaultMinWidth() {
        return 160;
    }

    /** Minimum width in pixels; a row wraps before squeezing the component below it. */
    public S minWidth(int minWidth) {
        this.minWidth = minWidth;
        return self();
    }

    /** The app's container setting; null when it left it at the default (framed). */
    @Nullable Boolean containerOrNull() {
        return container;
    }

    /** The app's scale; null when it left it unset. */
    @Nullable Integer scaleOrNull() {
        return scale;
    }

    /** The minimum width the config gives: the app's, else the component's default. */
    @Nullable Integer effectiveMinWidth() {
        return minWidth != null ? minWidth : defaultMinWidth();
    }

    /**
     * Gradio's {@code show_label} when the app sets none, sent as Gradio sends it (its page hides
     * a label whose {@code show_label} is missing): shown; null for components without a label.
     */
    @Nullable Boolean defaultShowLabel() {
        return true;
    }

    /** Gradio's {@code container} when the app sets none, as {@link #defaultShowLabel()}: framed. */
    @Nullable Boolean defaultContainer() {
        return true;
    }

    /** Whether the app said the component is interactive; null when it left it to the page. */
    @Nullable Boolean interactiveOrNull() {
        return interactive;
    }

    /** Whether the user can edit it; by default inputs are editable and outputs are not. */
    public S interactive(boolean interactive) {
        this.interactive = interactive;
        return self();
    }

    /** Gradio's name for the component in {@code /gradio_api/info}: {@code "Textbox"}. */
    String apiName() {
        String type = type();
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    /** The value written as the initial {@code value} prop. */
    @Nullable Object initialPayload(ValueContext context) throws Exception {
        return value == null ? null : postprocess(value, context);
    }
}
