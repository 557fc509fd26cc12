package dev.gradio4j.internal.json;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place gradio4j touches Jackson. JSON values cross the rest of the code as plain Java
 * trees: {@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Number},
 * {@code Boolean} and {@code null}; records and maps are written as they are, except the
 * protocol's own records, whose fields get Gradio's snake_case names ({@link #writeProtocol}).
 */
public final class JsonCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();
    /** The same, naming record fields in snake_case; map keys (component values) stay as they are. */
    private static final JsonMapper PROTOCOL = MAPPER.rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private JsonCodec() {}

    /** Compact JSON of a protocol record ({@code ServerMessage}, ...) or a plain tree. */
    public static String writeProtocol(Object message) {
        return PROTOCOL.writeValueAsString(message);
    }

    /** Compact JSON text of a value (records, maps, lists, scalars). */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Compact JSON bytes of a value. */
    public static byte[] writeBytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * Parses JSON text into a plain tree.
     *
     * @throws MalformedJsonException with a message fit for a client when the text is not JSON
     */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new MalformedJsonException(e.getOriginalMessage());
        }
    }

    /** Parses a JSON request body into a plain tree. */
    public static Object parse(InputStream in) throws IOException {
        try {
            return MAPPER.readValue(in, Object.class);
        } catch (JacksonException e) {
            throw new MalformedJsonException(e.getOriginalMessage());
        }
    }

    /**
     * A number as a Python handler would have produced it: Java hands handlers a {@code Double}
     * where Python keeps an {@code int}, so a whole value goes out as an integer ({@code 3}, not
     * {@code 3.0}), which the Python client then reads as an {@code int}, as it does from Gradio.
     */
    public static Object whole(Double value) {
        if (value == null) {
            return null;
        }
        double v = value;
        return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? (Object) (long) v : (Object) v;
    }

    /** A protocol record as a plain tree, its fields named in snake_case. */
    public static Object protocolTree(Object message) {
        return PROTOCOL.convertValue(message, Object.class);
    }

    /** Converts any value (a record, say) into a plain tree. */
    public static Object toTree(Object value) {
        return MAPPER.convertValue(value, Object.class);
    }

    /** The body was not valid JSON. */
    public static final class MalformedJsonException extends RuntimeException {
        MalformedJsonException(String message) {
            super("Request body is not valid JSON: " + message);
        }
    }
}
