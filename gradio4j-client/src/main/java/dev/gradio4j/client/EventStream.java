package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * The session's message stream, {@code GET queue/data?session_hash=}: one stream carries the
 * messages of every job of the session, each tagged with its {@code event_id}, until the app
 * says {@code close_stream} (or, before {@code sse_v3}, ends the response).
 *
 * <p>A reader thread runs while jobs wait. The JDK client handles the join and the stream on
 * separate connections, so the order of their answers is not the server's: messages of an
 * event whose join has not been answered yet are kept for it, and a stream that closes while
 * jobs still wait is opened again. Thread-safe; the lock guards the maps and the reader flag.
 */
final class EventStream {
    /** Streams in a row that end without a message before the reader gives up on the app. */
    private static final int MAX_EMPTY_STREAMS = 3;
    private final Transport transport;
    private final String url;
    private final Map<String, Listener> listeners = new HashMap<>();
    /** Messages of events not registered yet, while some join is unanswered. */
    private final Map<String, List<Map<String, Object>>> early = new HashMap<>();
    private int unansweredJoins;
    private boolean reading;
    private boolean closed;

    /** What a job hears of its event. */
    interface Listener {
        /** A message of the event ({@code estimation}, {@code process_completed}...). */
        void message(Map<String, Object> message);

        /** The stream failed: the event will send nothing more. */
        void failed(GradioClientException failure);
    }

    EventStream(Transport transport, String url) {
        this.transport = transport;
        this.url = url;
    }

    /** Called before a join is sent: its event's messages may come before its id. */
    synchronized void joining() {
        unansweredJoins++;
    }

    /** Called when a join failed, or its job needs no more news: nothing will be listened to. */
    synchronized void noEvent() {
        unansweredJoins--;
        if (unansweredJoins == 0) {
            early.clear();
        }
    }

    /** Registers the event of an answered join, hands it what came already, and makes sure a reader runs. */
    void listen(String eventId, Listener listener) {
        List<Map<String, Object>> before;
        synchronized (this) {
            unansweredJoins--;
            before = early.remove(eventId);
            if (unansweredJoins == 0) {
                early.clear();
            }
            listeners.put(eventId, listener);
            if (!reading && !closed) {
                reading = true;
                Thread.ofVirtual().name("gradio-client-events").start(this::read);
            }
        }
        if (before != null) {
            before.forEach(listener::message);
        }
    }

    /** Stops delivering to an event (it completed, or was cancelled and need not be heard). */
    synchronized void forget(String eventId) {
        listeners.remove(eventId);
    }

    private void read() {
        int emptyStreams = 0;
        while (true) {
            try (InputStream in = transport.open(url, "text/event-stream")) {
                emptyStreams = readMessages(in) == 0 ? emptyStreams + 1 : 0;
            } catch (GradioClientException e) {
                failAll(e);
            } catch (IOException e) {
                failAll(lost(e));
            }
            if (emptyStreams == MAX_EMPTY_STREAMS) {
                failAll(new GradioClientException(Kind.API_CHANGED, url + " keeps closing without a message while jobs wait:"
                        + " the app does not follow the queue protocol it announced."));
            }
            synchronized (this) {
                if (listeners.isEmpty() || closed) {
                    reading = false;
                    return;
                }
            }
        }
    }

    /** Reads {@code data:} messages until the stream closes; answers how many came. */
    private int readMessages(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        int count = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("data:")) {
                data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
            } else if (line.isEmpty() && !data.isEmpty()) {
                count++;
                boolean more = dispatch(data.toString());
                data.setLength(0);
                if (!more) {
                    break;
                }
            }
        }
        return count;
    }

    /** Hands one message to its event; answers false when the stream is done. */
    private boolean dispatch(String json) {
        Object parsed;
        try {
            parsed = Transport.parse(json);
        } catch (JacksonException e) {
            failAll(new GradioClientException(Kind.API_CHANGED, "The app sent a message this client cannot read: " + Values.display(json), e));
            return false;
        }
        if (!(parsed instanceof Map<?, ?> raw)) {
            return true;
        }
        @SuppressWarnings("unchecked") Map<String, Object> message = (Map<String, Object>) raw;
        Object kind = message.get("msg");
        if ("heartbeat".equals(kind)) {
            return true;
        }
        if ("close_stream".equals(kind)) {
            return false;
        }
        if ("server_stopped".equals(message.get("message"))) {
            failAll(new GradioClientException(Kind.APP_DOWN, "The app stopped while jobs were waiting: start it again, then retry."));
            return false;
        }
        if (!(message.get("event_id") instanceof String eventId)) {
            if ("unexpected_error".equals(kind)) {
                failAll(new GradioClientException(Kind.APP_ERROR, "The app failed to run the session's jobs: "
                        + Values.display(message.get("message")) + "."));
                return false;
            }
            return true;
        }
        Listener listener;
        synchronized (this) {
            listener = listeners.get(eventId);
            if (listener == null) {
                if (unansweredJoins > 0) {
                    early.computeIfAbsent(eventId, id -> new ArrayList<>()).add(message);
                }
                return true;
            }
        }
        listener.message(message);
        return true;
    }

    private GradioClientException lost(IOException e) {
        return new GradioClientException(closed ? Kind.CANCELLED : Kind.APP_DOWN, closed ? "The client was closed."
                : "The connection to " + url + " was lost while jobs were waiting (" + e.getMessage()
                        + "): the app may have stopped; check it, then retry.", e);
    }

    /** Ends every waiting job with {@code failure}; they will hear nothing more. */
    private void failAll(GradioClientException failure) {
        List<Listener> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(listeners.values());
            listeners.clear();
        }
        waiting.forEach(listener -> listener.failed(failure));
    }

    /** Stops reading: waiting jobs end as cancelled. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        failAll(new GradioClientException(Kind.CANCELLED, "The client was closed before the job ended."));
    }
}
