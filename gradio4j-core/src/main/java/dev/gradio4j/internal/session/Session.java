package dev.gradio4j.internal.session;

import dev.gradio4j.internal.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser tab or API client, named by the {@code session_hash} it made up: its
 * {@code State} values, and the buffer of queue messages waiting for its event stream.
 *
 * <p>Thread-safe: handlers of several events of the session, the stream writer and the cleaner
 * use it at once.
 */
public final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final String hash;
    private final String client;
    private final String user;
    private final Map<String, StateValue> states = new ConcurrentHashMap<>();
    private final Outbox outbox;
    private final AtomicInteger pendingEvents = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private volatile long lastActive = System.nanoTime();
    /** Closed when the session ends; null once it has. Guarded by {@code this}. */
    private List<AutoCloseable> closeAtEnd = new ArrayList<>();

    private record StateValue(Object value, long writtenAt) {}

    Session(String hash, String client, String user, AtomicLong totalUnread) {
        this.hash = hash;
        this.client = client;
        this.user = user;
        this.outbox = new Outbox(totalUnread);
    }

    public String hash() {
        return hash;
    }

    /** The logged-in user the session belongs to, or null without auth. */
    public String user() {
        return user;
    }

    /** The address of the client that made the session; null for one kept nowhere. */
    String client() {
        return client;
    }

    /**
     * The session's value of a state, made from {@code initial} on first use; a value older than
     * {@code ttl} since its last write starts over.
     */
    public Object state(String key, Supplier<Object> initial, Duration ttl) {
        touch();
        StateValue current = states.get(key);
        if (current != null && ttl != null && System.nanoTime() - current.writtenAt() > ttl.toNanos()) {
            states.remove(key, current);
            current = null;
        }
        if (current == null) {
            Object value = initial.get();
            setState(key, value);
            return value;
        }
        return current.value();
    }

    public void setState(String key, Object value) {
        states.put(key, new StateValue(value, System.nanoTime()));
    }

    /** The queue messages on their way to the session's event stream. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Queues a message for the session's stream.
     *
     * @return false when the session leaves too much unread: its events should stop
     */
    public boolean send(ServerMessage message) {
        return outbox.send(message);
    }

    /** An event of this session was accepted; its stream stays open until it completes. */
    public void eventStarted() {
        touch();
        pendingEvents.incrementAndGet();
    }

    /** An event of this session completed. */
    public void eventEnded() {
        if (pendingEvents.decrementAndGet() <= 0 && client == null) {
            end();   // kept nowhere: it lasts as long as its call
        }
    }

    /** A stream or heartbeat connection opened; open sessions do not expire. */
    public void connected() {
        touch();
        openConnections.incrementAndGet();
    }

    public void disconnected() {
        touch();
        openConnections.decrementAndGet();
    }

    public void touch() {
        lastActive = System.nanoTime();
    }

    /**
     * Closes {@code resource} when the session ends (dropped when idle or pushed out; for a
     * session kept nowhere, when its call ends), or at once if it has ended already.
     */
    public void closeAtEnd(AutoCloseable resource) {
        synchronized (this) {
            if (closeAtEnd != null) {
                closeAtEnd.add(resource);
                return;
            }
        }
        close(List.of(resource));
    }

    /** Ends the session: drops its unread messages and closes what was to be closed with it. */
    void end() {
        outbox.discard();
        List<AutoCloseable> resources;
        synchronized (this) {
            resources = closeAtEnd;
            closeAtEnd = null;
        }
        if (resources != null && !resources.isEmpty()) {
            close(resources);
        }
    }

    /** On a thread of their own: a resource may take its time, and the store's lock is held here. */
    private static void close(List<AutoCloseable> resources) {
        Thread.startVirtualThread(() -> {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("Closing {} of an ended session failed", resource, e);
                }
            }
        });
    }

    boolean idleLongerThan(Duration idle) {
        return mayBeDropped() && System.nanoTime() - lastActive > idle.toNanos();
    }

    /** Whether nothing would be lost but the session's state: no event pending, no connection open. */
    boolean mayBeDropped() {
        return openConnections.get() <= 0 && pendingEvents.get() <= 0;
    }
}
