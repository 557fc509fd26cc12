package dev.gradio4j.internal.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every live session, by hash, bounded three ways:
 * <ul>
 *   <li>at most {@code capacity} sessions: beyond it, the least recently used session with no
 *       pending event and no open connection goes, with its state;</li>
 *   <li>at most {@code perClient} sessions made by one client (one address): beyond it, that
 *       client's own least recently used idle session goes, so that a client making sessions as
 *       fast as it can only ever pushes out its own;</li>
 *   <li>a session with no connection and no activity for {@code idle} is forgotten.</li>
 * </ul>
 * A session with pending work or an open stream is never dropped: when none can go, a new one is
 * refused ({@link LimitReached}).
 *
 * <p>Thread-safe: all methods hold this store's lock.
 */
public final class SessionStore {
    private final int capacity;
    private final int perClient;
    private final Duration idle;
    private final LinkedHashMap<String, Session> sessions = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, Integer> byClient = new HashMap<>();
    /** Bytes of queue messages that sessions' streams have not read yet, over all sessions. */
    private final AtomicLong unread = new AtomicLong();

    public SessionStore(int capacity, int perClient, Duration idle) {
        this.capacity = capacity;
        this.perClient = perClient;
        this.idle = idle;
    }

    /**
     * The session with this hash, made on first use for {@code client} and {@code user} (null
     * without auth); the caller checks that an existing one is the user's.
     *
     * @throws LimitReached when a new session would pass a bound and no session may go
     */
    public synchronized Session get(String hash, String client, String user) {
        Session session = sessions.get(hash);
        if (session != null) {
            return session;
        }
        if (byClient.getOrDefault(client, 0) >= perClient) {
            if (!evictOne(client)) {
                throw new LimitReached(true, "This client holds " + perClient + " sessions, each with work pending or a "
                        + "connection open; finish or close some before starting another.");
            }
        } else if (sessions.size() >= capacity && !evictOne(null)) {
            throw new LimitReached(false, "The server holds as many sessions as it may (" + capacity
                    + "), each with work pending or a connection open; try again shortly.");
        }
        session = new Session(hash, client, user, unread);
        sessions.put(hash, session);
        byClient.merge(client, 1, Integer::sum);
        return session;
    }

    /** A session for a single call, kept nowhere: its state lasts as long as the call. */
    public static Session unlisted(String hash) {
        return new Session(hash, null, null, new AtomicLong());
    }

    /** The session with this hash, or null if it does not exist. */
    public synchronized Session find(String hash) {
        return sessions.get(hash);
    }

    /** Forgets idle sessions; called periodically. */
    public synchronized void evictIdle() {
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            Session session = it.next();
            if (session.idleLongerThan(idle)) {
                it.remove();
                forgetClient(session);
                session.end();
            }
        }
    }

    public synchronized int size() {
        return sessions.size();
    }

    /** Removes the least recently used session that may go (of {@code client}, or of anyone if null). */
    private boolean evictOne(String client) {
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            Session session = it.next();
            if ((client == null || client.equals(session.client())) && session.mayBeDropped()) {
                it.remove();
                forgetClient(session);
                session.end();
                return true;
            }
        }
        return false;
    }

    private void forgetClient(Session session) {
        byClient.computeIfPresent(session.client(), (client, count) -> count > 1 ? count - 1 : null);
    }

    /** No session could be made without dropping one that is in use. */
    public static final class LimitReached extends RuntimeException {
        private final boolean perClient;

        LimitReached(boolean perClient, String message) {
            super(message, null, false, false);
            this.perClient = perClient;
        }

        /** Whether the client's own bound was reached (else the server's). */
        public boolean perClient() {
            return perClient;
        }
    }
}
