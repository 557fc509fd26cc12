package dev.gradio4j.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Makes an uploaded file's name safe to store, as Gradio's {@code strip_invalid_filename_characters}. */
public final class FileNames {
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_BYTES = 200;

    private FileNames() {}

    /** The name without path, forbidden characters and control characters, at most 200 bytes; "file" if nothing is left. */
    public static String sanitize(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(c -> c >= 0x20 && c != 0x7F && "<>:\"/\\|?*$!{}`".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty()) {
            return "file";
        }
        String stem = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
        if (WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
            result = "_" + result;
        }
        while (result.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
