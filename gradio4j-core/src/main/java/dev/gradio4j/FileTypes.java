package dev.gradio4j;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gradio's {@code file_types}: extensions ({@code ".pdf"}) or kinds ({@code "image"},
 * {@code "audio"}, {@code "video"}, {@code "text"}, {@code "file"} for any). The browser filters
 * what the user picks; the server checks again, since an API client can send anything.
 */
final class FileTypes {
    private static final Map<String, Set<String>> KINDS = Map.of(
            "image", Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "svg", "tif", "tiff", "ico", "avif", "heic"),
            "audio", Set.of("mp3", "wav", "ogg", "oga", "flac", "m4a", "aac", "opus", "weba"),
            "video", Set.of("mp4", "webm", "mov", "avi", "mkv", "ogv", "m4v"),
            "text", Set.of("txt", "md", "csv", "tsv", "json", "xml", "html", "htm", "log", "yaml", "yml"));

    private FileTypes() {}

    /** Why the file does not fit {@code types}, or null when it does (or when any type is allowed). */
    static String problem(List<String> types, FileData file) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        // The stored file's own name decides (an upload keeps its name), never what the client
        // says of it: orig_name and mime_type are the client's to make up.
        String name = baseName(file.path());
        String extension = extension(name);
        for (String type : types) {
            String wanted = type.toLowerCase(Locale.ROOT);
            if (wanted.equals("file")
                    || wanted.startsWith(".") && wanted.substring(1).equals(extension)
                    || KINDS.containsKey(wanted) && KINDS.get(wanted).contains(extension)) {
                return null;
            }
        }
        return "file " + name + " is not an accepted type; accepted: " + String.join(", ", types);
    }

    private static String extension(String name) {
        String base = baseName(name);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
