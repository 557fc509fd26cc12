package dev.gradio4j;

import dev.gradio4j.internal.server.PageOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an app says of its page's look, as Gradio's {@code theme}, {@code css},
 * {@code css_paths}, {@code js}, {@code head} and {@code head_paths}: {@link Launch},
 * {@link Blocks}, {@link Interface} and {@link ChatInterface} each keep one, and launch's win over
 * the app's, one by one, as Gradio's {@code launch()} arguments win over the deprecated
 * {@code Blocks(...)} ones. The files are read when the app is launched (and at each reload), so
 * a missing one is an error then.
 */
final class PageStyle {
    private @Nullable Theme theme;
    private @Nullable String css;
    private @Nullable List<Path> cssPaths;
    private @Nullable String js;
    private @Nullable Path jsPath;
    private @Nullable String head;
    private @Nullable List<Path> headPaths;

    void theme(@Nullable Theme theme) {
        this.theme = theme;
    }

    void css(@Nullable String css) {
        this.css = css;
    }

    void cssPaths(Path... paths) {
        this.cssPaths = List.copyOf(Arrays.asList(paths));
    }

    void js(@Nullable String js) {
        this.js = js;
    }

    void jsPath(@Nullable Path path) {
        this.jsPath = path;
    }

    void head(@Nullable String head) {
        this.head = head;
    }

    void headPaths(Path... paths) {
        this.headPaths = List.copyOf(Arrays.asList(paths));
    }

    /** Takes every setting of {@code other} that is set. */
    void copyFrom(PageStyle other) {
        theme = other.theme != null ? other.theme : theme;
        css = other.css != null ? other.css : css;
        cssPaths = other.cssPaths != null ? other.cssPaths : cssPaths;
        js = other.js != null ? other.js : js;
        jsPath = other.jsPath != null ? other.jsPath : jsPath;
        head = other.head != null ? other.head : head;
        headPaths = other.headPaths != null ? other.headPaths : headPaths;
    }

    /**
     * These settings over the app's ({@code app}), with the files read: css then each css file,
     * head then each head file, joined by new lines as Gradio joins them; the default theme when
     * neither gives one.
     *
     * @throws IllegalArgumentException when a file does not exist or cannot be read
     */
    PageOptions resolve(PageStyle app) {
        var all = new PageStyle();
        all.copyFrom(app);
        all.copyFrom(this);
        String js = all.jsPath != null ? read(all.jsPath, "jsPath") : all.js;
        Theme theme = all.theme != null ? all.theme : Theme.defaultTheme();
        return new PageOptions(withFiles(all.css, all.cssPaths, "cssPaths"), js, withFiles(all.head, all.headPaths, "headPaths"),
                theme.stylesheet());
    }

    private static @Nullable String withFiles(@Nullable String text, @Nullable List<Path> paths, String option) {
        if (paths == null || paths.isEmpty()) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        parts.add(text == null ? "" : text);
        for (Path path : paths) {
            parts.add(read(path, option));
        }
        return String.join("\n", parts);
    }

    private static String read(Path path, String option) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the file " + path.toAbsolutePath() + " given to " + option
                    + " does not exist: give the path of an existing file (relative paths start at " + Path.of("").toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("the file " + path.toAbsolutePath() + " given to " + option + " cannot be read: " + e, e);
        }
    }
}
