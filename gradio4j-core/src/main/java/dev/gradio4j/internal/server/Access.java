package dev.gradio4j.internal.server;

import java.util.List;

/**
 * Who may use the app from where, resolved from the launch options.
 *
 * @param allowedOrigins  browser origins besides the app's own whose pages may call it
 *                        ({@code scheme://host[:port]}, or {@code *} for any)
 * @param allowedHosts    host names besides the local ones that a loopback-bound app answers to
 * @param trustedProxies  addresses of proxies whose {@code X-Forwarded-*} headers are believed
 * @param frameAncestors  origins that may frame the page ({@code 'self'} for the app's own), or
 *                        null to let any page frame it, as Gradio does
 * @param rootPath        where users reach the app, when a proxy puts it elsewhere than where it is
 *                        served: a path ({@code /demo}) or a whole URL; null to tell it from the request
 */
public record Access(List<String> allowedOrigins, List<String> allowedHosts, List<String> trustedProxies,
                     List<String> frameAncestors, String rootPath) {
    /** Only the app's own pages, only local names, no proxy, framing as Gradio. */
    public static final Access DEFAULT = new Access(List.of(), List.of(), List.of(), null, null);

    public Access {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        trustedProxies = List.copyOf(trustedProxies);
        frameAncestors = frameAncestors == null ? null : List.copyOf(frameAncestors);
    }
}
