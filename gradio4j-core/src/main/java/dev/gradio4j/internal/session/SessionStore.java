package dev.gradio4j.internal.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every live session, by hash. Bounded twice: at most {@code capacity} sessions (the least
 * recently used go first), and a session with no connection and no activity for {@code idle}
 * is forgotten with its state.
 */
public final class SessionStore {
    private final int capacity;
    private final Duration idle;
    private final Map<String, Session> sessions;

    public SessionStore(int capacity, Duration idle) {
        this.capacity = capacity;
        this.idle = idle;
        this.sessions = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > SessionStore.this.capacity;
            }
        };
    }

    /** The session with this hash, created on first use. */
    public synchronized Session get(String hash) {
        return sessions.computeIfAbsent(hash, Session::new);
    }

    /** The session with this hash, or null if it does not exist. */
    public synchronized Session find(String hash) {
        return sessions.get(hash);
    }

    /** Forgets idle sessions; called periodically. */
    public synchronized void evictIdle() {
        sessions.values().removeIf(session -> session.idleLongerThan(idle));
    }

    public synchronized int size() {
        return sessions.size();
    }
}
