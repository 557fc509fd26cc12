package dev.gradio4j.internal.flagging;

import dev.gradio4j.internal.app.PythonJson;
import dev.gradio4j.internal.json.JsonCodec;
import java.util.List;

/**
 * Gradio's guard against CSV injection ({@code sanitize_value_for_csv}): a field a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a line break at
 * its start or after a comma) gets a leading {@code '}; JSON is rewritten in its normal form.
 */
public final class CsvSafety {
    private static final List<String> UNSAFE_STARTS = List.of("=", "+", "-", "@", "\t", "\n");
    private static final List<String> UNSAFE_INSIDE = List.of(",=", ",+", ",-", ",@", ",\t", ",\n");

    private CsvSafety() {}

    /** The field as Gradio writes it. */
    public static String field(String value) {
        if (value.startsWith("{") || value.startsWith("[")) {
            try {
                return PythonJson.json(JsonCodec.parse(value));
            } catch (RuntimeException notJson) {
                // written as text, below
            }
        }
        if (UNSAFE_STARTS.stream().anyMatch(value::startsWith) || UNSAFE_INSIDE.stream().anyMatch(value::contains)) {
            return "'" + value;
        }
        return value;
    }
}
