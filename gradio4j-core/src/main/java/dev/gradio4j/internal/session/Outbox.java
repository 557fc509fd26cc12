package dev.gradio4j.internal.session;

import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's queue messages on their way to its event stream ({@code /queue/data}), and the
 * events they belong to.
 *
 * <p>The official clients open a stream only when they believe none is open, and believe it
 * closed only once they have read {@code close_stream}. So a client must never hold an accepted
 * event whose messages no open stream will deliver. Two rules make sure of it:
 * <ul>
 *   <li>A stream ends only when every accepted event's completion has been taken.</li>
 *   <li>The decision to end it excludes the acceptance of a new event: {@link #accept} waits
 *       while a stream is writing {@code close_stream}. A join is thus either accepted before the
 *       decision (the stream stays and delivers it) or answered after {@code close_stream} was
 *       written (the client reads the close first and opens a new stream).</li>
 * </ul>
 * The stream closes as soon as nothing is pending, as Gradio's does, and the completion that
 * leaves nothing pending goes out in one write with the {@code close_stream} ({@link
 * Reader#closesNext}). A join answer and a {@code close_stream} travel on two connections, and a
 * client may read them in either order; but a follow-up a client sends because of a completion
 * (Gradio's page's {@code .then}/{@code .success}, a script's next call) is sent after the client
 * read that completion, so after it read the close that came with it, and its answer finds the
 * client knowing the stream closed. (Written apart, a page could read the follow-up's answer
 * before the close, open no stream and never hear of the follow-up again. Keeping the stream open
 * a little longer for the next call was tried too: it made the close coincide with the Python
 * client's next join, whose reader thread may see the close after the join thread registered the
 * event on the old stream.)
 *
 * <p>Only the newest stream of a session takes messages; an older one ends with
 * {@code close_stream} as soon as a newer one opens. A message whose write failed goes back to
 * the front, for the session's next stream.
 *
 * <p>Messages are written out when they are queued, so that what waits unread is counted: at
 * most {@link #MAX_UNREAD_BYTES} per session and {@link #MAX_TOTAL_UNREAD_BYTES} over every
 * session. A message that would pass a bound is refused ({@link #send} says so, and the caller
 * stops the session's events, which produce for no one); the session's unread steps go, and only
 * completions are taken until its stream has caught up.
 *
 * <p>Thread-safe: handlers send, joins accept, streams read, all under one lock.
 */
public final class Outbox {
    /** The most bytes of messages one session's stream may leave unread. */
    public static final long MAX_UNREAD_BYTES = 32L * 1024 * 1024;
    /** The most bytes of unread messages over every session. */
    public static final long MAX_TOTAL_UNREAD_BYTES = 256L * 1024 * 1024;
    /** The longest a join waits for a stream that is writing {@code close_stream}. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Outgoing> messages = new ArrayDeque<>();
    private final AtomicLong totalUnread;
    private long unread;
    private boolean overflowed;
    /** Accepted events whose completion no stream has taken yet. */
    private final Set<String> pending = new HashSet<>();
    /** The stream that takes messages; older ones close. */
    private Reader current;
    /** The stream that is writing {@code close_stream}, if any: joins wait for it. */
    private Reader closing;

    /** A message on its way to the stream, with its JSON. */
    public record Outgoing(ServerMessage message, String json) {
        static final Outgoing HEARTBEAT = of(ServerMessage.Heartbeat.INSTANCE);
        static final Outgoing CLOSE = of(ServerMessage.CloseStream.INSTANCE);

        static Outgoing of(ServerMessage message) {
            return new Outgoing(message, JsonCodec.writeProtocol(message));
        }

        /** Whether it is the stream's last. */
        public boolean closes() {
            return message instanceof ServerMessage.CloseStream;
        }
    }

    /** @param totalUnread the bytes unread over every session, shared by their outboxes */
    Outbox(AtomicLong totalUnread) {
        this.totalUnread = totalUnread;
    }

    /**
     * Accepts an event whose messages this outbox will carry, before the join is answered. Waits
     * while a stream is closing, so that its {@code close_stream} reaches the client first.
     */
    public void accept(String eventId) throws InterruptedException {
        lock.lock();
        try {
            long wait = CLOSE_WAIT.toNanos();
            while (closing != null && wait > 0) {
                wait = changed.awaitNanos(wait);
            }
            pending.add(eventId);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes back an accepted event that was refused after all (the queue was full). */
    public void withdraw(String eventId) {
        lock.lock();
        try {
            pending.remove(eventId);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues a message for the session's stream.
     *
     * @return false when it would pass a bound of unread bytes: the session's unread steps were
     *         dropped, and its events should stop
     */
    public boolean send(ServerMessage message) {
        Outgoing outgoing = Outgoing.of(message);
        boolean completes = message instanceof ServerMessage.ProcessCompleted;
        lock.lock();
        try {
            long size = outgoing.json().length();
            if (!completes && (overflowed || unread + size > MAX_UNREAD_BYTES
                    || totalUnread.get() + size > MAX_TOTAL_UNREAD_BYTES)) {
                overflow();
                return false;
            }
            messages.add(outgoing);
            count(size);
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Drops every unread message but completions, which end events and are small. */
    private void overflow() {
        overflowed = true;
        for (var it = messages.iterator(); it.hasNext(); ) {
            Outgoing queued = it.next();
            if (!(queued.message() instanceof ServerMessage.ProcessCompleted)) {
                it.remove();
                count(-queued.json().length());
            }
        }
    }

    private void count(long bytes) {
        unread += bytes;
        totalUnread.addAndGet(bytes);
    }

    /** Forgets what is unread, when the session goes. */
    void discard() {
        lock.lock();
        try {
            messages.clear();
            count(-unread);
        } finally {
            lock.unlock();
        }
    }

    /** Starts a stream: from now on it takes the messages, and an older stream closes. */
    public Reader open() {
        lock.lock();
        try {
            current = new Reader();
            changed.signalAll();
            return current;
        } finally {
            lock.unlock();
        }
    }

    /**
     * One stream's view of the outbox. Write each message {@link #next} gives; after
     * {@code close_stream}, end the response and {@link #close} the reader.
     */
    public final class Reader implements AutoCloseable {
        /** Whether the stream decided to close after the completion it gave last. */
        private boolean closeDecided;

        private Reader() {}

        /**
         * Whether the message {@link #next} gave last is followed by {@code close_stream}: write
         * it without flushing, so that the client reads both at once.
         */
        public boolean closesNext() {
            lock.lock();
            try {
                return closeDecided;
            } finally {
                lock.unlock();
            }
        }

        /**
         * The next message to write: a queued one; a heartbeat when {@code heartbeat} passed with
         * events still pending; or {@code close_stream} once nothing is pending (joins then wait
         * until {@link #close}; when a completion left nothing pending, the decision was taken
         * with it: see {@link #closesNext}) or a newer stream took over.
         */
        public Outgoing next(Duration heartbeat) throws InterruptedException {
            lock.lock();
            try {
                long heartbeatIn = heartbeat.toNanos();
                while (true) {
                    if (current != this || closeDecided) {
                        return Outgoing.CLOSE;
                    }
                    Outgoing queued = messages.poll();
                    if (queued != null) {
                        count(-queued.json().length());
                        boolean completes = queued.message() instanceof ServerMessage.ProcessCompleted;
                        if (completes) {
                            pending.remove(queued.message().eventId());
                        }
                        if (messages.isEmpty()) {
                            overflowed = false;   // caught up: the session's next events start afresh
                            if (completes && pending.isEmpty()) {
                                closing = this;
                                closeDecided = true;
                            }
                        }
                        return queued;
                    }
                    if (pending.isEmpty()) {
                        closing = this;
                        return Outgoing.CLOSE;
                    }
                    if (heartbeatIn <= 0) {
                        return Outgoing.HEARTBEAT;
                    }
                    heartbeatIn = changed.awaitNanos(heartbeatIn);
                }
            } finally {
                lock.unlock();
            }
        }

        /**
         * A message this reader took could not be written: the session's next stream gets it.
         *
         * @return whether this reader was still the session's current stream
         */
        public boolean putBack(Outgoing outgoing) {
            lock.lock();
            try {
                ServerMessage message = outgoing.message();
                if (message.eventId() != null) {
                    messages.addFirst(outgoing);
                    count(outgoing.json().length());
                    if (message instanceof ServerMessage.ProcessCompleted) {
                        pending.add(message.eventId());
                    }
                    changed.signalAll();
                }
                return current == this;
            } finally {
                lock.unlock();
            }
        }

        /** The stream ended: joins waiting for its {@code close_stream} go on. */
        @Override
        public void close() {
            lock.lock();
            try {
                if (current == this) {
                    current = null;
                }
                if (closing == this) {
                    closing = null;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
