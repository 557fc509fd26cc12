package dev.gradio4j;

import dev.gradio4j.internal.files.MediaTypes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * An image, uploaded (click, drag and drop, paste) or shown. Its Java value depends on how it is
 * made, as Gradio's {@code type=}: {@link #create()} gives a {@link BufferedImage},
 * {@link #asPath()} the uploaded file's {@link Path}, {@link #asBytes()} the file's bytes.
 * Gradio's {@code gr.Image}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.InterfaceSnippets" region="image"}
 *
 * @param <T> {@code BufferedImage}, {@code Path} or {@code byte[]}, {@code @Nullable}: null when there is no image
 */
public final class Image<T extends @Nullable Object> extends Component<T, Image<T>>
        implements OnChange, OnInput, OnUpload, OnClear, OnSelect {
    private final Kind kind;
    private List<String> sources = List.of("upload", "webcam", "clipboard");
    private Integer height;
    private Integer width;
    private boolean showDownloadButton = true;

    private enum Kind { BUFFERED, PATH, BYTES }

    private Image(Kind kind) {
        this.kind = kind;
    }

    /** An image whose value is a {@link BufferedImage}; outputs are sent as PNG. */
    public static Image<@Nullable BufferedImage> create() {
        return new Image<>(Kind.BUFFERED);
    }

    /** An image whose value is the image file's {@link Path}. */
    public static Image<@Nullable Path> asPath() {
        return new Image<>(Kind.PATH);
    }

    /** An image whose value is the image file's bytes. */
    public static Image<byte @Nullable []> asBytes() {
        return new Image<>(Kind.BYTES);
    }

    /** Where images may come from: any of "upload", "webcam", "clipboard". */
    public Image<T> sources(String... sources) {
        this.sources = List.of(sources);
        return this;
    }

    /** Display height in pixels. */
    public Image<T> height(int height) {
        this.height = height;
        return this;
    }

    /** Display width in pixels. */
    public Image<T> width(int width) {
        this.width = width;
        return this;
    }

    /** Whether a download button is shown on output images. */
    public Image<T> showDownloadButton(boolean show) {
        this.showDownloadButton = show;
        return this;
    }

    @Override
    protected String type() {
        return "image";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("sources", sources);
        props.put("height", height);
        props.put("width", width);
        // Gradio 6's corner buttons (gradio4j's page has no share button, and Gradio's shows it on Spaces only)
        props.put("buttons", showDownloadButton ? List.of("download", "share", "fullscreen") : List.of("share", "fullscreen"));
        Map<String, Object> webcam = new java.util.LinkedHashMap<>();
        webcam.put("mirror", true);
        webcam.put("constraints", null);
        props.put("webcam_options", webcam);
        props.put("type", switch (kind) {
            case BUFFERED -> "pil";
            case PATH -> "filepath";
            case BYTES -> "binary";
        });
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        return payload == null ? null : FileData.check(payload);
    }

    /** A file's path as a {@code String} or {@code java.io.File} is taken as its {@link Path}, as Gradio takes a {@code str}. */
    @Override
    @SuppressWarnings("unchecked")
    protected @Nullable T coerce(@Nullable Object value) {
        return (T) switch (value) {
            case String path -> Path.of(path);
            case java.io.File file -> file.toPath();
            case null, default -> value;
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    protected T preprocess(@Nullable Object payload, ValueContext context) throws IOException {
        if (payload == null) {
            return null;
        }
        Path file = context.resolve(FileData.fromPayload(payload));
        return (T) switch (kind) {
            case PATH -> file;
            case BYTES -> Files.readAllBytes(file);
            case BUFFERED -> {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    throw new GradioError("The uploaded file " + file.getFileName() + " is not an image format that can be read (PNG, JPEG, GIF or BMP).");
                }
                yield image;
            }
        };
    }

    @Override
    protected @Nullable Object postprocess(@Nullable T value, ValueContext context) throws IOException {
        if (value == null) {
            return null;
        }
        FileData file = switch (value) {
            case BufferedImage image -> context.publish(png(image), "image.png");
            case Path path -> context.publish(path, null);
            case byte[] bytes -> context.publish(bytes, "image." + MediaTypes.imageExtension(bytes));
            default -> throw new ClassCastException("an Image takes a BufferedImage, a Path (or a path as a String) or bytes, not "
                    + value.getClass().getName());
        };
        return file.toPayload();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return FileData.schema();
    }

    @Override
    protected Object examplePayload() {
        return new FileData("https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png",
                null, null, "bus.png", null).toPayload();
    }
}
