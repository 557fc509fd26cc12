package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import dev.gradio4j.internal.json.JsonCodec;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A numeric field; its value is a {@link Double}. Gradio's {@code gr.Number}.
 *
 * <p>{@code Number} shares its name with {@code java.lang.Number}: after
 * {@code import dev.gradio4j.*;} write {@code Gr.number()} (or import
 * {@code dev.gradio4j.Number} explicitly).
 */
public final class Number extends Component<@Nullable Double, Number>
        implements OnChange, OnInput, OnSubmit, OnFocus, OnBlur {
    private Double minimum;
    private Double maximum;
    private Integer precision;
    private double step = 1;
    private String placeholder;

    private Number() {}

    /** An empty numeric field. */
    public static Number create() {
        return new Number();
    }

    /** The smallest value accepted; smaller inputs are refused with an error. */
    public Number minimum(double minimum) {
        this.minimum = minimum;
        return this;
    }

    /** The largest value accepted; larger inputs are refused with an error. */
    public Number maximum(double maximum) {
        this.maximum = maximum;
        return this;
    }

    /** Rounds values to this many decimals (0 for whole numbers). */
    public Number precision(int precision) {
        this.precision = precision;
        return this;
    }

    /** The increment of the field's arrows. */
    public Number step(double step) {
        this.step = step;
        return this;
    }

    /** Hint shown while the field is empty. */
    public Number placeholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    @Override
    protected String type() {
        return "number";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("minimum", minimum);
        props.put("maximum", maximum);
        props.put("precision", precision);
        props.put("step", step);
        props.put("placeholder", placeholder);
        props.put("buttons", java.util.List.of());
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null || payload instanceof java.lang.Number) {
            return checkRange(payload);
        }
        if (payload instanceof String text) {
            try {
                return checkRange(Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                return "expected a number, got the string \"" + text + "\"";
            }
        }
        return "expected a number, got " + JsonTypes.describe(payload);
    }

    private String checkRange(Object payload) {
        if (payload instanceof java.lang.Number n) {
            double value = n.doubleValue();
            if (minimum != null && value < minimum) {
                return "value " + value + " is less than the minimum " + minimum;
            }
            if (maximum != null && value > maximum) {
                return "value " + value + " is more than the maximum " + maximum;
            }
        }
        return null;
    }

    @Override
    protected @Nullable Double preprocess(@Nullable Object payload, ValueContext context) {
        if (payload == null) {
            return null;
        }
        double value = payload instanceof java.lang.Number n ? n.doubleValue() : Double.parseDouble(payload.toString().trim());
        return round(value);
    }

    @Override
    protected @Nullable Object postprocess(@Nullable Double value, ValueContext context) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        double rounded = round(value);
        // Gradio passes a handler's int through and rounds to a float when a precision is set.
        return precision == null || precision == 0 ? JsonCodec.whole(rounded) : rounded;
    }

    private double round(double value) {
        return precision == null ? value : BigDecimal.valueOf(value).setScale(precision, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    protected @Nullable Double coerce(@Nullable Object value) {
        return value == null ? null : ((java.lang.Number) value).doubleValue();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema(Integer.valueOf(0).equals(precision) ? "integer" : "number"); // as Gradio: whole numbers at precision 0
    }

    @Override
    protected Object examplePayload() {
        // Gradio's: the minimum, else 3, rounded to the precision
        double example = minimum != null ? minimum : 3;
        return precision == null ? example : Math.round(example * Math.pow(10, precision)) / Math.pow(10, precision);
    }
}
