package dev.gradio4j.internal.server;

import dev.gradio4j.internal.json.JsonCodec;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, of requests it rejects before they reach the app (a path that climbs
 * above the root, a {@code %00}, a malformed request line), in the app's shape: a JSON
 * {@code detail}. A 400 of Jetty's ends the connection, so it says {@code Connection: close}:
 * without it a keep-alive client sends its next request down a closed socket.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (status == HttpStatus.BAD_REQUEST_400) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Object message = request.getAttribute(ERROR_MESSAGE);
        response.write(true, ByteBuffer.wrap(body(status, message == null ? null : message.toString())), callback);
        return true;
    }

    private static byte[] body(int status, String reason) {
        String text = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return JsonCodec.writeBytes(Map.of("detail", "The server could not take this request: " + text + "."));
    }
}
