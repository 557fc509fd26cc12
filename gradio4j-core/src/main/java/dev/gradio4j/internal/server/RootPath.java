package dev.gradio4j.internal.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Gradio's {@code root_path}: where users reach an app that a proxy serves under another path
 * or address. Either a path ({@code /demo}: the origin still comes from the request) or a whole
 * URL ({@code https://example.com/demo}: origin and path both fixed).
 *
 * @param origin {@code scheme://host[:port]} of a whole URL, else null
 * @param prefix the path, {@code ""} or {@code /demo} (no trailing slash)
 */
public record RootPath(String origin, String prefix) {
    /** Path characters a prefix may hold: unreserved, sub-delims, ':', '@', '%' escapes and '/'. */
    private static final String PATH = "(/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*";

    /**
     * Reads a root path as {@code Launch.rootPath} takes it; null for none.
     *
     * @throws IllegalArgumentException for anything else than a path or an http(s) URL
     */
    public static RootPath parse(String rootPath) {
        if (rootPath == null || rootPath.isBlank()) {
            return null;
        }
        String value = rootPath.trim();
        if (value.startsWith("/")) {
            if (!value.matches(PATH)) {
                throw new IllegalArgumentException("a root path is a URL path such as /demo: " + rootPath);
            }
            return new RootPath(null, trimSlash(value));
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(value, "not an http(s) URL with a host and no query");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String origin = Origins.normalise(scheme + "://" + uri.getRawAuthority());
            return new RootPath(origin, trimSlash(path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a root path is a path (/demo) or a whole URL (https://example.com/demo): "
                    + rootPath, e);
        }
    }

    /** A proxy's {@code X-Forwarded-Prefix}, as a prefix; {@code ""} when absent or malformed. */
    static String cleanPrefix(String header) {
        if (header == null || header.isBlank() || !header.trim().startsWith("/") || !header.trim().matches(PATH)) {
            return "";
        }
        return trimSlash(header.trim());
    }

    private static String trimSlash(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
