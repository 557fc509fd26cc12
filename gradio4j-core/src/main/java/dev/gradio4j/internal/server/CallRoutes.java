package dev.gradio4j.internal.server;

import dev.gradio4j.internal.app.ComponentModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.InputModel;
import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.queue.QueueFullException;
import dev.gradio4j.internal.queue.QueuedEvent;
import dev.gradio4j.internal.session.Session;
import dev.gradio4j.internal.session.SessionStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain REST API: {@code /call/{api}} (two steps: post, then read the event stream),
 * {@code /call/v2/{api}} (keyword arguments), and {@code /run/{api}} (one request, no queue
 * messages).
 */
final class CallRoutes {
    private final AppRuntime runtime;

    CallRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    /** {@code POST /gradio_api/call[/v2]/{api}}: queues the event and answers its id. */
    void start(String apiName, boolean keywords, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = Http.jsonObject(request);
        DependencyModel dependency = Submissions.byName(runtime.app(), apiName);
        Object data = keywords ? positional(dependency, body) : body.get("data");
        List<Object> payloads = Submissions.arguments(dependency, data);
        String eventHash = body.get("session_hash") instanceof String hash && !hash.isBlank() ? hash : null;
        Session session = eventHash != null ? Submissions.session(runtime, Submissions.sessionHash(eventHash), request)
                : SessionStore.unlisted("call-" + java.util.UUID.randomUUID());
        var box = new java.util.concurrent.atomic.AtomicReference<CallResults.Result>();
        QueuedEvent event = Submissions.event(dependency, payloads, null, session, request, runtime.origins.rootUrl(request), true,
                message -> box.get().add(message));
        box.set(runtime.calls.open(event.id(), event::cancel));
        try {
            runtime.queue.submit(event);
        } catch (QueueFullException e) {
            runtime.calls.forget(event.id());
            throw new HttpError(503, e.getMessage());
        }
        Http.json(response, 200, Map.of("event_id", event.id()));
    }

    /** Turns {@code /call/v2}'s keyword object into positions, filling defaults. */
    private static List<Object> positional(DependencyModel dependency, Map<String, Object> body) {
        List<Object> data = new ArrayList<>();
        for (int k = 0; k < dependency.inputs().size(); k++) {
            if (!(dependency.inputs().get(k) instanceof InputModel.FromComponent(ComponentModel input)) || input.isState()) {
                continue;
            }
            String name = dependency.parameterNames().get(k);
            if (body.containsKey(name)) {
                data.add(body.get(name));
            } else if (input.props().containsKey("value")) {
                data.add(input.props().get("value"));
            } else {
                throw new HttpError(422, "Missing argument '" + name + "' for /" + dependency.apiName() + ".");
            }
        }
        return data;
    }

    /**
     * {@code GET /gradio_api/call/{api}/{event_id}}: the event's results as {@code event:}/{@code data:}
     * messages. A reader that leaves before the end stops the event: no one else awaits it.
     */
    void results(String eventId, HttpServletResponse response) throws IOException {
        CallResults.Result result = runtime.calls.find(eventId);
        SseWriter sse = new SseWriter(response);
        if (result == null) {
            sse.event("error", JsonCodec.write("No event with id " + eventId + ": it was read already, never started, or was"
                    + " dropped unread (unread results are kept " + CallResults.MAX_AGE.toMinutes() + " minutes, "
                    + CallResults.MAX_RESULTS + " and " + CallResults.MAX_BYTES / (1024 * 1024) + " MiB in all)."));
            return;
        }
        try {
            while (true) {
                CallResults.Sse event = result.next(QueueRoutes.min(runtime.settings.heartbeat(), QueueRoutes.LIVENESS));
                if (event == null) {
                    sse.event("heartbeat", "null");
                    continue;
                }
                sse.event(event.name(), event.data());
                if (event.ends()) {
                    return;
                }
            }
        } catch (CallResults.Dropped e) {
            sse.event("error", JsonCodec.write(e.getMessage()));
        } catch (IOException clientGone) {
            runtime.calls.abandon(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code POST /gradio_api/run/{api}}: queues the event like every other path (its concurrency
     * limit and the queue's size apply) and answers its output in one response.
     */
    void run(String apiName, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = Http.jsonObject(request);
        DependencyModel dependency = body.get("fn_index") != null
                ? Submissions.byIndex(runtime.app(), body.get("fn_index"))
                : Submissions.byName(runtime.app(), apiName);
        if (dependency.isPrivate() && (body.get("fn_index") == null || Submissions.isApiCaller(request))) {
            throw new HttpError(403, "/" + dependency.apiName() + " is private: it is not part of the app's API.");
        }
        List<Object> payloads = Submissions.arguments(dependency, body.get("data"));
        Session session = body.get("session_hash") instanceof String h && !h.isBlank()
                ? Submissions.session(runtime, Submissions.sessionHash(h), request)
                : SessionStore.unlisted("run-" + java.util.UUID.randomUUID());
        var completed = new java.util.concurrent.CompletableFuture<ServerMessage.ProcessCompleted>();
        QueuedEvent event = Submissions.event(dependency, payloads, body.get("event_data"), session,
                request, runtime.origins.rootUrl(request), true, message -> {
                    if (message instanceof ServerMessage.ProcessCompleted done) {
                        completed.complete(done);
                    }
                });
        try {
            runtime.queue.submit(event);
        } catch (QueueFullException e) {
            throw new HttpError(503, e.getMessage());
        }
        ServerMessage.ProcessCompleted done;
        try {
            done = completed.get();
        } catch (InterruptedException e) {
            event.cancel();
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is stopping.");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Http.json(response, done.success() ? 200 : 500, JsonCodec.protocolTree(done.output()));
    }
}
