package dev.gradio4j.internal.server;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The reloader's news for open pages ({@code GET /gradio_api/dev/reload}): each connected page
 * has a queue, and every reload or failed rebuild is put on all of them.
 */
final class DevEvents {
    /** One message of the stream: an SSE event name and its JSON data. */
    record Event(String name, String data) {}

    private final Set<BlockingQueue<Event>> listeners = ConcurrentHashMap.newKeySet();

    BlockingQueue<Event> subscribe() {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<Event> queue) {
        listeners.remove(queue);
    }

    void publish(Event event) {
        listeners.forEach(queue -> queue.add(event));
    }
}
