package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message box that takes text and attachments (the paperclip button, drag and drop, or paste),
 * with a Send button and, optionally, a Stop button. Its value is a {@link MultimodalValue};
 * on the wire, {@code {"text": ..., "files": [FileData, ...]}}. Gradio's
 * {@code gr.MultimodalTextbox}. A handler given no value receives an empty one, never null.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="multimodalTextbox"}
 */
public final class MultimodalTextbox extends Component<MultimodalValue, MultimodalTextbox>
        implements OnChange, OnInput, OnSelect, OnSubmit, OnFocus, OnBlur, OnStop {
    private int lines = 1;
    private int maxLines = 20;
    private String placeholder;
    private List<String> fileTypes;
    private String fileCount = "single";
    private Object submitButton = true;
    private Object stopButton = false;
    private boolean autofocus;
    private boolean rtl;
    private Integer maxPlainTextLength;

    private MultimodalTextbox() {}

    /** An empty box that takes one attachment of any type. */
    public static MultimodalTextbox create() {
        return new MultimodalTextbox();
    }

    /** Minimum number of lines shown. */
    public MultimodalTextbox lines(int lines) {
        this.lines = lines;
        return this;
    }

    /** Maximum number of lines before the text scrolls. */
    public MultimodalTextbox maxLines(int maxLines) {
        this.maxLines = maxLines;
        return this;
    }

    /** Hint shown while the box is empty. */
    public MultimodalTextbox placeholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /**
     * Accepted attachments: extensions ({@code ".pdf"}) or kinds ({@code "image"}, {@code "audio"},
     * {@code "video"}, {@code "text"}). Others are refused in the browser, and by the server for
     * API clients.
     */
    public MultimodalTextbox fileTypes(String... types) {
        this.fileTypes = List.of(types);
        return this;
    }

    /** Several attachments per message instead of one (Gradio's {@code file_count="multiple"}). */
    public MultimodalTextbox multipleFiles() {
        this.fileCount = "multiple";
        return this;
    }

    /** Whether the Send button (an arrow) shows; Enter sends either way. */
    public MultimodalTextbox submitButton(boolean show) {
        this.submitButton = show;
        return this;
    }

    /** The Send button's text, or {@code null} to hide the button (Enter still sends). */
    public MultimodalTextbox submitButton(@Nullable String text) {
        this.submitButton = text == null ? (Object) false : text;
        return this;
    }

    /**
     * Shows a Stop button, in place of Send, while an event that writes to the box runs (so a
     * submit handler that should be stoppable lists the box among its outputs, as the
     * ChatInterface does, to empty it); its {@code stop} event is where a handler is cancelled:
     * {@code box.stop().cancels(sent)}.
     */
    public MultimodalTextbox stopButton(boolean show) {
        this.stopButton = show;
        return this;
    }

    /** Focuses the box when the page loads. */
    public MultimodalTextbox autofocus(boolean autofocus) {
        this.autofocus = autofocus;
        return this;
    }

    /** Right-to-left text. */
    public MultimodalTextbox rtl(boolean rtl) {
        this.rtl = rtl;
        return this;
    }

    /** Pasted text longer than this becomes an attached text file (Gradio's default is 1000). */
    public MultimodalTextbox maxPlainTextLength(int length) {
        this.maxPlainTextLength = length;
        return this;
    }

    @Override
    protected String type() {
        return "multimodaltextbox";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("lines", lines);
        props.put("max_lines", Math.max(lines, maxLines));
        props.put("placeholder", placeholder);
        props.put("file_types", fileTypes);
        props.put("file_count", fileCount);
        props.put("sources", List.of("upload"));
        props.put("submit_btn", submitButton);
        props.put("stop_btn", stopButton);
        props.put("autofocus", autofocus);
        props.put("rtl", rtl);
        props.put("max_plain_text_length", maxPlainTextLength != null ? maxPlainTextLength : 1000);
        if (value() == null) {
            props.put("value", Map.of("text", "", "files", List.of()));
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof Map<?, ?> map)) {
            return "expected {\"text\": string, \"files\": [FileData, ...]}, got " + JsonTypes.describe(payload);
        }
        if (!(map.get("text") instanceof String)) {
            return "\"text\" must be a string, got " + JsonTypes.describe(map.get("text"));
        }
        Object files = map.get("files");
        if (files == null) {
            return null;
        }
        if (!(files instanceof List<?> list)) {
            return "\"files\" must be a list of FileData objects, got " + JsonTypes.describe(files);
        }
        if ("single".equals(fileCount) && list.size() > 1) {
            return "this box takes one file, got " + list.size();
        }
        for (Object item : list) {
            String problem = FileData.check(item);
            if (problem == null) {
                problem = FileTypes.problem(fileTypes, FileData.fromPayload(item));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    @Override
    protected MultimodalValue preprocess(@Nullable Object payload, ValueContext context) {
        if (payload == null) {
            return new MultimodalValue("", List.of());
        }
        Map<?, ?> map = (Map<?, ?>) payload;
        List<Path> files = new ArrayList<>();
        if (map.get("files") instanceof List<?> list) {
            for (Object item : list) {
                files.add(context.resolve(FileData.fromPayload(item)));
            }
        }
        return new MultimodalValue((String) map.get("text"), files);
    }

    @Override
    protected Object postprocess(@Nullable MultimodalValue value, ValueContext context) throws Exception {
        MultimodalValue shown = value != null ? value : new MultimodalValue("", List.of());
        List<Object> files = new ArrayList<>();
        for (Path file : shown.files()) {
            files.add(context.publish(file, null).toPayload());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", shown.text());
        payload.put("files", files);
        return payload;
    }

    @Override
    protected @Nullable MultimodalValue coerce(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case MultimodalValue multimodal -> multimodal;
            case String text -> new MultimodalValue(text, List.of());
            default -> throw new ClassCastException("a MultimodalTextbox shows a MultimodalValue or a String, not "
                    + value.getClass().getName());
        };
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("text", JsonTypes.schema("string"));
        properties.put("files", Map.of("type", "array", "items", FileData.schema()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("properties", properties);
        schema.put("required", List.of("text"));
        schema.put("title", "MultimodalData");
        schema.put("type", "object");
        return schema;
    }

    @Override
    protected Object examplePayload() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("text", "Describe this image");
        example.put("files", List.of(new FileData("https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png",
                null, null, "bus.png", null).toPayload()));
        return example;
    }
}
