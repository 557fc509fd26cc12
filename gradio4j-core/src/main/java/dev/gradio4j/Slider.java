package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import dev.gradio4j.internal.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A slider between a minimum and a maximum; its value is a {@link Double}. Gradio's
 * {@code gr.Slider}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="slider"}
 */
public final class Slider extends Component<@Nullable Double, Slider> implements OnChange, OnInput, OnRelease {
    private final double minimum;
    private final double maximum;
    private Double step;

    private Slider(double minimum, double maximum) {
        if (!(minimum < maximum)) {
            throw new IllegalArgumentException("a slider's minimum must be below its maximum: " + minimum + " .. " + maximum);
        }
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** A slider from 0 to 100. */
    public static Slider create() {
        return new Slider(0, 100);
    }

    /** A slider from {@code minimum} to {@code maximum}. */
    public static Slider of(double minimum, double maximum) {
        return new Slider(minimum, maximum);
    }

    /** The increment between values. */
    public Slider step(double step) {
        this.step = step;
        return this;
    }

    @Override
    protected String type() {
        return "slider";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("minimum", minimum);
        props.put("maximum", maximum);
        props.put("step", step == null ? Math.pow(10, Math.floor(Math.log10(maximum - minimum) - 2)) : step); // Gradio's default
        if (value() == null) {
            props.put("value", minimum);
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof java.lang.Number n)) {
            return "expected a number, got " + JsonTypes.describe(payload);
        }
        double value = n.doubleValue();
        if (value < minimum || value > maximum) {
            return "value " + value + " is outside the slider's range " + minimum + " to " + maximum;
        }
        return null;
    }

    @Override
    protected @Nullable Double preprocess(@Nullable Object payload, ValueContext context) {
        return payload == null ? null : ((java.lang.Number) payload).doubleValue();
    }

    @Override
    protected Object postprocess(@Nullable Double value, ValueContext context) {
        return JsonCodec.whole(value == null ? minimum : value);
    }

    @Override
    protected @Nullable Double coerce(@Nullable Object value) {
        return value == null ? null : ((java.lang.Number) value).doubleValue();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("type", "number");
        info.put("description", "numeric value between " + format(minimum) + " and " + format(maximum));
        return info;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Override
    protected Object examplePayload() {
        return minimum;
    }
}
