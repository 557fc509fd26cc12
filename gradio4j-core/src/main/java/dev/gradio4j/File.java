package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file upload and download area. Its value is the uploaded file's {@link Path}
 * ({@link #create()}) or a {@link List} of them ({@link #multiple()}); an uploaded file keeps its
 * original name as its file name. Handlers return paths too: the file is copied into the
 * server's cache and offered for download. Gradio's {@code gr.File}.
 *
 * <p>{@code File} shares its name with {@code java.io.File}: write {@code Gr.file()} when both
 * are imported.
 *
 * @param <T> {@code @Nullable Path} (null when no file is uploaded) or {@code List<Path>}
 */
public final class File<T extends @Nullable Object> extends Component<T, File<T>>
        implements OnChange, OnSelect, OnClear, OnUpload, OnDelete, OnDownload {
    private final boolean multiple;
    private List<String> fileTypes;
    private Integer height;

    private File(boolean multiple) {
        this.multiple = multiple;
    }

    /** A single file. */
    public static File<@Nullable Path> create() {
        return new File<>(false);
    }

    /** Several files at once. */
    public static File<List<Path>> multiple() {
        return new File<>(true);
    }

    /**
     * Accepted file types: extensions (".pdf") or kinds ("image", "audio", "video", "text"). The
     * browser offers only these; the server refuses others from API clients.
     */
    public File<T> fileTypes(String... types) {
        this.fileTypes = List.of(types);
        return this;
    }

    /** Display height in pixels. */
    public File<T> height(int height) {
        this.height = height;
        return this;
    }

    @Override
    protected String type() {
        return "file";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("file_count", multiple ? "multiple" : "single");
        props.put("file_types", fileTypes);
        props.put("type", "filepath");
        props.put("height", height);
        props.put("buttons", java.util.List.of());
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!multiple) {
            return checkFile(payload);
        }
        if (!(payload instanceof List<?> list)) {
            return "expected a list of FileData objects, got " + JsonTypes.describe(payload);
        }
        for (Object item : list) {
            String problem = checkFile(item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String checkFile(Object payload) {
        String problem = FileData.check(payload);
        return problem != null ? problem : FileTypes.problem(fileTypes, FileData.fromPayload(payload));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected T preprocess(@Nullable Object payload, ValueContext context) {
        if (payload == null) {
            return multiple ? (T) List.of() : null;
        }
        if (!multiple) {
            return (T) context.resolve(FileData.fromPayload(payload));
        }
        List<Path> paths = new ArrayList<>();
        for (Object item : (List<?>) payload) {
            paths.add(context.resolve(FileData.fromPayload(item)));
        }
        return (T) paths;
    }

    @Override
    protected @Nullable Object postprocess(@Nullable T value, ValueContext context) throws Exception {
        if (value == null) {
            return null;
        }
        if (value instanceof Path path) {
            return context.publish(path, null).toPayload();
        }
        List<Object> files = new ArrayList<>();
        for (Object item : (List<?>) value) {
            files.add(context.publish((Path) item, null).toPayload());
        }
        return files;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected @Nullable T coerce(@Nullable Object value) {
        if (value instanceof String path) {
            return (T) Path.of(path);
        }
        if (value instanceof java.io.File file) {
            return (T) file.toPath();
        }
        return (T) value;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return multiple ? Map.of("items", FileData.schema(), "type", "array") : FileData.schema();
    }

    @Override
    protected Object examplePayload() {
        var example = new FileData("https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf",
                null, null, "sample_file.pdf", null).toPayload();
        return multiple ? List.of(example) : example;
    }
}
