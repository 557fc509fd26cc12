package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One route of the server: a method and a path (exact, or a prefix whose rest the handler reads),
 * whether it is open without a login, an example path (for the tests that go over every route),
 * and its handler.
 *
 * @param method  {@code GET} (which answers {@code HEAD} too) or {@code POST}
 * @param path    the path, or its prefix when {@code prefix}
 * @param open    whether it answers without a login (the login itself, the page's assets)
 * @param example a path this route answers, for the tests
 */
record Route(String method, String path, boolean prefix, boolean open, String example, Handler handler) {

    /** Handles a request; {@code rest} is what follows a prefix (empty for an exact path). */
    @FunctionalInterface
    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException;
    }

    static Route get(String path, Handler handler) {
        return new Route("GET", path, false, false, path, handler);
    }

    static Route post(String path, Handler handler) {
        return new Route("POST", path, false, false, path, handler);
    }

    static Route getPrefix(String path, String example, Handler handler) {
        return new Route("GET", path, true, false, example, handler);
    }

    static Route postPrefix(String path, String example, Handler handler) {
        return new Route("POST", path, true, false, example, handler);
    }

    /** The same route, answering without a login. */
    Route withoutLogin() {
        return new Route(method, path, prefix, true, example, handler);
    }

    /** What follows the route's path in {@code requestPath}, or null when it is not this route's. */
    String match(String requestMethod, String requestPath) {
        boolean methodMatches = method.equals(requestMethod) || (method.equals("GET") && requestMethod.equals("HEAD"));
        if (!methodMatches) {
            return null;
        }
        if (prefix) {
            return requestPath.startsWith(path) ? requestPath.substring(path.length()) : null;
        }
        return requestPath.equals(path) ? "" : null;
    }
}
