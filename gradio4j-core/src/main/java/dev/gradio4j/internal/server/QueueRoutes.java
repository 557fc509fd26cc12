package dev.gradio4j.internal.server;

import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.queue.QueueFullException;
import dev.gradio4j.internal.queue.QueuedEvent;
import dev.gradio4j.internal.session.Outbox;
import dev.gradio4j.internal.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The queue protocol ({@code sse_v3}): join, the per-session data stream, status, cancel, and
 * the session heartbeat.
 */
final class QueueRoutes {
    /**
     * How often a stream whose events are all busy says it is alive: a write to a client that
     * left fails at the second try, so its events stop within about a second.
     */
    static final Duration LIVENESS = Duration.ofMillis(500);
    private final AppRuntime runtime;

    QueueRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    /** {@code POST /gradio_api/queue/join}: checks and queues an event, answers its id. */
    void join(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = Http.jsonObject(request);
        String sessionHash = Submissions.sessionHash(body.get("session_hash"));
        DependencyModel dependency = Submissions.byIndex(runtime.app(), body.get("fn_index"));
        if (dependency.isPrivate() && Submissions.isApiCaller(request)) {
            throw new HttpError(403, "/" + dependency.apiName() + " is private: it is not part of the app's API.");
        }
        List<Object> payloads = List.of();
        String invalid = null;
        try {
            payloads = Submissions.arguments(dependency, body.get("data"));
        } catch (Submissions.InvalidArguments e) {
            invalid = e.getMessage();
        }
        Session session = Submissions.session(runtime, sessionHash, request);
        // A session that leaves too much unread has its events stopped: they produce for no one.
        QueuedEvent event = Submissions.event(dependency, payloads, body.get("event_data"), session, request,
                runtime.origins.rootUrl(request), false, message -> {
                    if (!session.send(message)) {
                        runtime.queue.cancelSession(session.hash());
                    }
                });
        event.invalidArguments(invalid);
        Outbox outbox = session.outbox();
        try {
            outbox.accept(event.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is stopping.");
        }
        try {
            runtime.queue.submit(event);
        } catch (QueueFullException e) {
            outbox.withdraw(event.id());
            throw new HttpError(503, e.getMessage());
        }
        Http.json(response, 200, Map.of("event_id", event.id()));
    }

    /**
     * {@code GET /gradio_api/queue/data}: the session's messages, as they come, until the
     * session's {@link Outbox} says {@code close_stream}. A write failure means the client left:
     * the message goes back for the session's next stream, and its events are cancelled.
     */
    void data(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String hash = request.getParameter("session_hash");
        Session session = hash == null ? null : runtime.sessions.find(hash);
        SseWriter sse = new SseWriter(response);
        if (session == null) {
            sse.data(JsonCodec.writeProtocol(new ServerMessage.UnexpectedError("404: Not Found", true)));
            return;
        }
        session.connected();
        try (Outbox.Reader reader = session.outbox().open()) {
            Outbox.Outgoing message;
            do {
                message = reader.next(min(runtime.settings.heartbeat(), LIVENESS));
                try {
                    if (reader.closesNext()) {
                        sse.dataThenMore(message.json());
                    } else {
                        sse.data(message.json());
                    }
                } catch (IOException clientGone) {
                    // Only the session's current stream speaks for it: an older one that fails
                    // to write its close must not cancel what a newer one is delivering.
                    if (reader.putBack(message)) {
                        runtime.queue.cancelSession(session.hash());
                    }
                    return;
                }
            } while (!message.closes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.disconnected();
        }
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** {@code GET /gradio_api/queue/status}. */
    void status(HttpServletResponse response) throws IOException {
        int size = runtime.queue.waitingCount();
        Map<String, Object> status = new java.util.LinkedHashMap<>();
        status.put("msg", "estimation");
        status.put("event_id", null);
        status.put("rank", null);
        status.put("queue_size", size);
        status.put("rank_eta", null);
        Http.json(response, 200, status);
    }

    /** {@code POST /gradio_api/cancel}: stops an event of the session (or all runs of the function). */
    void cancel(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = Http.jsonObject(request);
        String hash = Submissions.sessionHash(body.get("session_hash"));
        if (!(body.get("fn_index") instanceof Number fnIndex)) {
            throw new HttpError(422, "Missing \"fn_index\": the function whose event to cancel.");
        }
        Object eventId = body.get("event_id");
        runtime.queue.cancel(hash, fnIndex.intValue(), eventId instanceof String id ? id : null);
        Http.json(response, 200, Map.of("success", true));
    }

    /** {@code GET /gradio_api/heartbeat/{session}}: {@code data: ALIVE} now and every interval. */
    void heartbeat(String sessionHash, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Session session = Submissions.session(runtime, sessionHash, request);
        SseWriter sse = new SseWriter(response);
        session.connected();
        try {
            while (true) {
                sse.data("ALIVE");
                session.touch();
                Thread.sleep(runtime.settings.heartbeat().toMillis());
            }
        } catch (IOException | InterruptedException gone) {
            // The tab closed or reloaded; the session expires once idle.
        } finally {
            session.disconnected();
        }
    }
}
