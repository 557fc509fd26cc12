package dev.gradio4j.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values an endpoint returned, one per output in the order of {@link Endpoint#returns()}
 * ({@code gr.State} outputs left out). A value is what the JSON held: a {@code String}, a
 * {@code Boolean}, a number ({@code Integer}, {@code Long} or {@code Double}, as written), a
 * {@code List}, a {@code Map}, or null; a file is a {@link RemoteFile}, wherever it is.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="result"}
 */
public final class Result {
    private final List<@Nullable Object> values;

    Result(List<@Nullable Object> values) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Every value, in order. */
    public List<@Nullable Object> values() {
        return values;
    }

    /** How many values there are. */
    public int size() {
        return values.size();
    }

    /** The value at {@code index}, as the JSON held it (a file as a {@link RemoteFile}). */
    public @Nullable Object get(int index) {
        return values.get(checked(index));
    }

    /** The text at {@code index}: {@code get(index, String.class)}. */
    public @Nullable String text(int index) {
        return get(index, String.class);
    }

    /** The number at {@code index} as a {@code Double} (the app may have written {@code 5} or {@code 5.0}). */
    public @Nullable Double number(int index) {
        return get(index, Double.class);
    }

    /** The file at {@code index}: {@code get(index, RemoteFile.class)}. */
    public @Nullable RemoteFile file(int index) {
        return get(index, RemoteFile.class);
    }

    /**
     * The value at {@code index} as a {@code type}: numbers convert to any of {@code Integer},
     * {@code Long}, {@code Double}, {@code Float}, {@code BigDecimal} (an integer only to an
     * integer type when it is whole); null stays null.
     *
     * @throws ClassCastException naming the value found, when it is not a {@code type}
     */
    public <T> @Nullable T get(int index, Class<T> type) {
        Object value = values.get(checked(index));
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            Object converted = convert(number, type);
            if (converted != null) {
                return type.cast(converted);
            }
        }
        throw new ClassCastException("Value " + index + " is " + Values.display(value) + " (a "
                + value.getClass().getSimpleName() + "), not a " + type.getSimpleName());
    }

    private static @Nullable Object convert(Number number, Class<?> type) {
        double value = number.doubleValue();
        boolean whole = value == Math.rint(value) && !Double.isInfinite(value);
        if (type == Double.class) {
            return value;
        } else if (type == Float.class) {
            return (float) value;
        } else if (type == BigDecimal.class) {
            return new BigDecimal(number.toString());
        } else if (type == Long.class && whole) {
            return number.longValue();
        } else if (type == Integer.class && whole && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return number.intValue();
        } else if (type == BigInteger.class && whole) {
            return new BigDecimal(number.toString()).toBigInteger();
        }
        return null;
    }

    private int checked(int index) {
        if (index < 0 || index >= values.size()) {
            throw new IndexOutOfBoundsException("The endpoint returned " + values.size() + " value" + (values.size() == 1 ? "" : "s")
                    + ", there is no value " + index);
        }
        return index;
    }

    @Override
    public String toString() {
        return "Result" + values;
    }
}
