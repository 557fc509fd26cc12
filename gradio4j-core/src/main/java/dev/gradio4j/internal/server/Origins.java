package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which pages may use the app from a browser, under which names it may be reached, and which
 * proxies may say what its public URL is. Safe by default:
 * <ul>
 *   <li>A page may call the app only from the app's own origin, or from an origin the app allows
 *       ({@link Access#allowedOrigins}). From any other origin the browser gets no CORS
 *       permission, so it reads nothing of the app's answers, and a request that could change
 *       something (any method but GET, HEAD and OPTIONS) is refused, even one a browser sends
 *       without a preflight (a {@code text/plain} form post, say). Stricter than Gradio, which
 *       lets any page on {@code localhost} (any port) use a local app, and any page at all use an
 *       app served on another address.</li>
 *   <li>An app that listens on a loopback address answers only to local host names (or those
 *       it allows): a site that points its own name at 127.0.0.1 (DNS rebinding) is refused.</li>
 *   <li>{@code X-Forwarded-Host}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Prefix} are
 *       believed only from the proxies the app trusts ({@link Access#trustedProxies}), and only
 *       when well-formed.</li>
 * </ul>
 *
 * <p>It also knows the app's root URL as users see it: the public origin, then the path prefix
 * a proxy adds ({@code X-Forwarded-Prefix}, or {@link Access#rootPath}), then the servlet
 * container's context and servlet path when the app is mounted in one.
 */
public final class Origins {
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private final boolean loopbackOnly;
    private final boolean anyOrigin;
    private final Set<String> allowedOrigins = new HashSet<>();
    private final Set<String> allowedHosts = new HashSet<>();
    private final Set<String> trustedProxies;
    /** The origin of a whole-URL root path, else null. */
    private final String fixedOrigin;
    /** The path of the root path ({@code /demo}, no trailing slash), else null. */
    private final String fixedPrefix;

    Origins(String bindHost, Access access) {
        this.loopbackOnly = isLoopback(bindHost);
        this.anyOrigin = access.allowedOrigins().contains("*");
        access.allowedOrigins().forEach(origin -> allowedOrigins.add(normalise(origin)));
        access.allowedHosts().forEach(name -> allowedHosts.add(name.toLowerCase(Locale.ROOT)));
        this.trustedProxies = Set.copyOf(access.trustedProxies());
        RootPath root = RootPath.parse(access.rootPath());
        this.fixedOrigin = root == null ? null : root.origin();
        this.fixedPrefix = root == null ? null : root.prefix();
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]");
    }

    /**
     * An origin as browsers send it: {@code scheme://host[:port]}, lower case, without the
     * scheme's default port; {@code *} stays as it is.
     *
     * @throws IllegalArgumentException when {@code origin} is neither
     */
    public static String normalise(String origin) {
        if (origin.equals("*")) {
            return origin;
        }
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (scheme == null || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getUserInfo() != null
                    || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new IllegalArgumentException("an origin is http(s)://host[:port] with nothing after it, or *: " + origin);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("an origin is http(s)://host[:port], or *: " + origin, e);
        }
    }

    /**
     * Checks where a request comes from and what it is addressed to.
     *
     * @return the origin to grant CORS permission to, or null for none
     * @throws HttpError 400 for a host name a loopback-bound app does not answer to, 403 for a
     *                   request from a foreign origin that could change something
     */
    String admit(HttpServletRequest request) {
        if (loopbackOnly) {
            String name = hostName(request.getHeader("Host"));
            if (name != null && !isLocalName(name) && !allowedHosts.contains(name)) {
                throw new HttpError(400, "This app listens on a loopback address and answers only to local names, not to '"
                        + name + "' (a page may have pointed that name at this machine). To reach it under that name, "
                        + "allow it with Launch.options().allowedHosts(\"" + name + "\").");
            }
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return null;
        }
        if (isAllowed(origin, request)) {
            return origin;
        }
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))) {
            throw new HttpError(403, "A page on " + origin + " may not use this app: it only answers its own pages"
                    + (allowedOrigins.isEmpty() ? "" : " and those of " + String.join(", ", allowedOrigins))
                    + ". Allow that origin with Launch.options().allowedOrigins(\"" + origin + "\").");
        }
        return null;
    }

    private boolean isAllowed(String origin, HttpServletRequest request) {
        String normalised;
        try {
            normalised = normalise(origin);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;   // "null" (a sandboxed frame or a file), or garbage
        }
        return anyOrigin || allowedOrigins.contains(normalised) || normalised.equals(normalise(origin(request)));
    }

    private static boolean isLocalName(String name) {
        return LOCAL_NAMES.contains(name) || name.endsWith(".localhost");
    }

    /** The host name of a {@code Host} header, lower case, without port or trailing dot; null if absent. */
    private static String hostName(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end < 0 ? name : name.substring(0, end + 1);
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** The app's URL as the client sees it, no trailing slash: its origin, then its path prefix. */
    String rootUrl(HttpServletRequest request) {
        return origin(request) + prefix(request);
    }

    /**
     * The app's origin as the client sees it: the root path's, else the request's scheme and
     * {@code Host}, or a trusted proxy's well-formed forwarded ones.
     */
    String origin(HttpServletRequest request) {
        if (fixedOrigin != null) {
            return fixedOrigin;
        }
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        if (isTrustedProxy(request)) {
            String forwardedProto = first(request.getHeader("X-Forwarded-Proto"));
            String forwardedHost = first(request.getHeader("X-Forwarded-Host"));
            if (forwardedProto != null && List.of("http", "https").contains(forwardedProto.toLowerCase(Locale.ROOT))) {
                scheme = forwardedProto.toLowerCase(Locale.ROOT);
            }
            if (forwardedHost != null && isHostAndPort(forwardedHost)) {
                host = forwardedHost;
            }
        }
        if (host == null || host.isBlank() || !isHostAndPort(host)) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return scheme + "://" + host;
    }

    /**
     * The path users reach the app under ({@code ""} at the top, else {@code /demo}, no trailing
     * slash): the root path when one is set; else a trusted proxy's {@code X-Forwarded-Prefix},
     * then where the servlet container mounted the app.
     */
    String prefix(HttpServletRequest request) {
        if (fixedPrefix != null) {
            return fixedPrefix;
        }
        String forwarded = isTrustedProxy(request) ? RootPath.cleanPrefix(first(request.getHeader("X-Forwarded-Prefix"))) : "";
        return forwarded + mountPath(request);
    }

    /** Where the servlet container serves the app: its context path and servlet path. */
    static String mountPath(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath();
    }

    /**
     * A path as the app's routes see it: without the root path's prefix when a proxy passed it on
     * (so the app answers whether or not the proxy strips it).
     */
    String withoutRootPath(String path) {
        if (fixedPrefix == null || fixedPrefix.isEmpty()) {
            return path;
        }
        if (path.equals(fixedPrefix)) {
            return "";
        }
        return path.startsWith(fixedPrefix + "/") ? path.substring(fixedPrefix.length()) : path;
    }

    private boolean isTrustedProxy(HttpServletRequest request) {
        return trustedProxies.contains(request.getRemoteAddr());
    }

    /** The client's address: the request's peer, or the first address a trusted proxy forwarded for. */
    String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trustedProxies.contains(peer)) {
            String forwarded = first(request.getHeader("X-Forwarded-For"));
            if (forwarded != null && forwarded.matches("[0-9A-Fa-f:.]+")) {
                return forwarded;
            }
        }
        return peer;
    }

    private static String first(String header) {
        return header == null ? null : header.split(",")[0].trim();
    }

    private static boolean isHostAndPort(String host) {
        return host.matches("(\\[[0-9a-fA-F:.]+]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");
    }
}
