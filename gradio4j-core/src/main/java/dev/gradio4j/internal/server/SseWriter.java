package dev.gradio4j.internal.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code text/event-stream} response, one flushed message at a time. A write that
 * fails means the client went away: it throws {@link IOException}.
 */
final class SseWriter {
    private final ServletOutputStream out;

    SseWriter(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        this.out = response.getOutputStream();
        response.flushBuffer();
    }

    /** {@code data: <json>} then a blank line: the only framing the Python client accepts on the queue stream. */
    void data(String json) throws IOException {
        dataThenMore(json);
        out.flush();
    }

    /** {@link #data} without the flush: the next message goes out in the same write. */
    void dataThenMore(String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code event: <name>} and {@code data: <json>}, the {@code /call} stream's framing. */
    void event(String name, String json) throws IOException {
        out.write(("event: " + name + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
