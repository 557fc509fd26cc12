package dev.gradio4j;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP request behind an event, for handlers that take {@link Gr#request()} as an input:
 * who is calling, from where, with which headers. Like Gradio's {@code gr.Request}.
 *
 * @param sessionHash the browser tab's or API client's session id
 * @param clientHost  the caller's address
 * @param headers     request headers, names in lower case
 * @param queryParams the page's query parameters
 * @param username    the logged-in user, or null when the app has no auth
 * @param path        the request path
 * @param claims      the claims of the ID token a single sign-on vouched for the user with
 *                    ({@link OpenIdConnect}); empty otherwise
 */
public record Request(String sessionHash, String clientHost, Map<String, List<String>> headers,
                      Map<String, List<String>> queryParams, @Nullable String username, String path, Map<String, Object> claims) {

    public Request {
        claims = claims == null ? Map.of() : Map.copyOf(claims);
    }

    /** The first value of a header (name in any case), or null. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The first value of a query parameter, or null. */
    public @Nullable String queryParam(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
