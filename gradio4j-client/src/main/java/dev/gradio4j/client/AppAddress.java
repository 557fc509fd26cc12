package dev.gradio4j.client;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where an app is, from what the user wrote: a URL ({@code http://127.0.0.1:7860},
 * {@code https://host/some/path}), a Space's domain ({@code owner-name.hf.space}) or a Hugging
 * Face Space's name ({@code owner/name}), which the Hub's API turns into the Space's own domain
 * ({@link HubSpace}).
 */
final class AppAddress {
    private static final Pattern SPACE_NAME = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private AppAddress() {}

    /** Whether the reference names a Space on the Hub rather than an address. */
    static boolean isSpaceName(String reference) {
        return SPACE_NAME.matcher(reference).matches() && !reference.contains(":");
    }

    /** The app's URL without a trailing slash, asking the Hub for a Space's. */
    static String resolve(String reference, ClientOptions options) {
        String trimmed = trimSlashes(reference.strip());
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
            URI.create(trimmed);   // fails early on a malformed URL
            return trimmed;
        }
        if (isSpaceName(trimmed)) {
            return HubSpace.host(trimmed, options);
        }
        if (trimmed.contains(".hf.space")) {
            return "https://" + trimmed;
        }
        throw new IllegalArgumentException("\"" + reference + "\" is neither a URL (http://host:port) nor a Hugging Face"
                + " Space's name (owner/name)");
    }

    private static String trimSlashes(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
