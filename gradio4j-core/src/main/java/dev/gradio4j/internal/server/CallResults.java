package dev.gradio4j.internal.server;

import dev.gradio4j.internal.protocol.ServerMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Messages of events started through {@code POST /call/...}, kept until their
 * {@code GET /call/.../{event_id}} reads them; the oldest 2000 are kept, as Gradio does.
 */
final class CallResults {
    private static final int CAPACITY = 2000;
    private final Map<String, LinkedBlockingQueue<ServerMessage>> byEvent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LinkedBlockingQueue<ServerMessage>> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized LinkedBlockingQueue<ServerMessage> open(String eventId) {
        return byEvent.computeIfAbsent(eventId, id -> new LinkedBlockingQueue<>());
    }

    /** The event's messages, or null for an unknown event. */
    synchronized LinkedBlockingQueue<ServerMessage> find(String eventId) {
        return byEvent.get(eventId);
    }

    synchronized void forget(String eventId) {
        byEvent.remove(eventId);
    }
}
