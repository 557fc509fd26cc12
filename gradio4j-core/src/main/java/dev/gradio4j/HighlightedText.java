package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text in spans, each marked with a category (shown in the category's colour, named inline or in a
 * legend) or a score from -1 to 1 (shown red when positive, blue when negative, the stronger the
 * larger). Its value is the list of {@link Span}s, the whole text in order; null when empty.
 * Gradio's {@code gr.HighlightedText}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="highlightedText"}
 */
public final class HighlightedText extends Component<@Nullable List<HighlightedText.Span>, HighlightedText>
        implements OnChange, OnSelect {

    /**
     * A piece of the text and its mark: a category, a score, or neither (plain text).
     *
     * @param text the piece of text, spaces included
     * @param category the span's category, or null
     * @param score the span's score, from -1 to 1, or null; ignored when there is a category
     */
    public record Span(String text, @Nullable String category, @Nullable Double score) {
        public Span {
            Objects.requireNonNull(text, "a span's text");
        }

        /** Unmarked text. */
        public static Span plain(String text) {
            return new Span(text, null, null);
        }

        /** Text of a category, such as an entity type ("person", "place"). */
        public static Span of(String text, String category) {
            return new Span(text, category, null);
        }

        /** Text with a score from -1 (blue) to 1 (red), such as a word's weight in a prediction. */
        public static Span scored(String text, double score) {
            return new Span(text, null, score);
        }
    }

    private @Nullable Map<String, String> colorMap;
    private boolean showLegend;
    private boolean showInlineCategory = true;
    private boolean combineAdjacent;
    private String adjacentSeparator = "";
    private boolean rtl;

    private HighlightedText() {}

    /** An empty highlighted text. */
    public static HighlightedText create() {
        return new HighlightedText();
    }

    /** A highlighted text showing {@code spans}. */
    public static HighlightedText of(Span... spans) {
        return new HighlightedText().value(List.of(spans));
    }

    /** The colour of each category, as CSS colours ({@code "red"}, {@code "#ffee22"}); others get the page's. */
    public HighlightedText colorMap(@Nullable Map<String, String> colorMap) {
        this.colorMap = colorMap == null ? null : Map.copyOf(colorMap);
        return this;
    }

    /** Whether the categories are named in a legend above the text instead of inline. */
    public HighlightedText showLegend(boolean showLegend) {
        this.showLegend = showLegend;
        return this;
    }

    /** Whether a span's category is named after it, when there is no legend. */
    public HighlightedText showInlineCategory(boolean show) {
        this.showInlineCategory = show;
        return this;
    }

    /** Whether neighbouring spans of one category are shown as one, joined by {@code separator}. */
    public HighlightedText combineAdjacent(boolean combine, String separator) {
        this.combineAdjacent = combine;
        this.adjacentSeparator = separator;
        return this;
    }

    /** Whether the text runs right to left. */
    public HighlightedText rtl(boolean rtl) {
        this.rtl = rtl;
        return this;
    }

    @Override
    protected String type() {
        return "highlightedtext";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("color_map", colorMap);
        props.put("show_legend", showLegend);
        props.put("show_inline_category", showInlineCategory);
        props.put("combine_adjacent", combineAdjacent);
        props.put("adjacent_separator", adjacentSeparator);
        props.put("show_whitespaces", true);
        props.put("rtl", rtl);
        props.put("buttons", List.of());
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof List<?> list)) {
            return "expected a list of {token, class_or_confidence} objects, got " + JsonTypes.describe(payload);
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> token) || !(token.get("token") instanceof String)) {
                return "span " + i + " must be an object with a string \"token\"";
            }
            Object mark = token.get("class_or_confidence");
            if (mark != null && !(mark instanceof String) && !(mark instanceof java.lang.Number)) {
                return "span " + i + "'s \"class_or_confidence\" must be a string, a number or null, not " + JsonTypes.describe(mark);
            }
        }
        return null;
    }

    @Override
    protected @Nullable List<Span> preprocess(@Nullable Object payload, ValueContext context) {
        if (!(payload instanceof List<?> list)) {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> token = (Map<?, ?>) item;
            String text = (String) token.get("token");
            spans.add(switch (token.get("class_or_confidence")) {
                case String category -> Span.of(text, category);
                case java.lang.Number score -> Span.scored(text, score.doubleValue());
                case null, default -> Span.plain(text);
            });
        }
        return spans;
    }

    @Override
    protected @Nullable Object postprocess(@Nullable List<Span> value, ValueContext context) {
        if (value == null) {
            return null;
        }
        List<Map<String, @Nullable Object>> tokens = new ArrayList<>();
        for (Span span : combineAdjacent ? combined(value) : value) {
            Map<String, @Nullable Object> token = new LinkedHashMap<>();
            token.put("token", span.text());
            token.put("class_or_confidence", span.category() != null ? span.category() : span.score());
            tokens.add(token);
        }
        return tokens;
    }

    /** Neighbouring spans of the same mark as one, empty ones dropped, as Gradio's {@code combine_adjacent}. */
    private List<Span> combined(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            Span last = out.isEmpty() ? null : out.getLast();
            if (last != null && Objects.equals(last.category(), span.category()) && Objects.equals(last.score(), span.score())) {
                out.set(out.size() - 1, new Span(last.text() + adjacentSeparator + span.text(), span.category(), span.score()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("title", "Token");
        text.put("type", "string");
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("anyOf", List.of(Map.of("type", "string"), Map.of("type", "number"), Map.of("type", "null")));
        mark.put("default", null);
        mark.put("title", "Class Or Confidence");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("token", text);
        fields.put("class_or_confidence", mark);
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("properties", fields);
        token.put("required", List.of("token"));
        token.put("title", "HighlightedToken");
        token.put("type", "object");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("$defs", Map.of("HighlightedToken", token));
        info.put("items", Map.of("$ref", "#/$defs/HighlightedToken"));
        info.put("title", "HighlightedTextData");
        info.put("type", "array");
        info.put("additional_description", null);
        return info;
    }

    @Override
    protected Object examplePayload() {
        Map<String, @Nullable Object> plain = new LinkedHashMap<>();
        plain.put("token", "The");
        plain.put("class_or_confidence", null);
        return List.of(plain, Map.of("token", "quick", "class_or_confidence", "adj"));
    }
}
