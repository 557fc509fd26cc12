package dev.gradio4j.internal.server;

import dev.gradio4j.internal.json.JsonCodec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Request and response helpers shared by the routes. */
final class Http {
    /** Bodies larger than this are refused: JSON payloads carry text, files go through upload. */
    static final int MAX_JSON_BODY = 64 * 1024 * 1024;

    private Http() {}

    static void json(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = JsonCodec.writeBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void text(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void error(HttpServletResponse response, int status, String detail) throws IOException {
        json(response, status, Map.of("detail", detail));
    }

    /** The JSON object in the request body. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonObject(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_JSON_BODY) {
            throw new HttpError(413, "The request body is larger than " + MAX_JSON_BODY + " bytes; upload files instead.");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_JSON_BODY + 1);
        } catch (IOException e) {
            throw stalled(e);
        }
        if (body.length > MAX_JSON_BODY) {
            throw new HttpError(413, "The request body is larger than " + MAX_JSON_BODY + " bytes; upload files instead.");
        }
        if (body.length == 0) {
            throw new HttpError(400, "The request body is empty; send a JSON object.");
        }
        Object parsed;
        try {
            parsed = JsonCodec.parse(new String(body, StandardCharsets.UTF_8));
        } catch (JsonCodec.MalformedJsonException e) {
            throw new HttpError(400, e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new HttpError(400, "The request body must be a JSON object.");
        }
        return (Map<String, Object>) map;
    }

    /**
     * What a failure to read a request body means: a body that stopped arriving (Jetty's idle
     * timeout) is the client's 408; anything else is passed on.
     */
    static HttpError stalled(IOException failure) throws IOException {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return new HttpError(408, "The request body stopped arriving before its end; send it whole.");
            }
        }
        throw failure;
    }
}
