package dev.gradio4j.internal.server;

import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.protocol.EventOutput;
import dev.gradio4j.internal.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Results of events started through {@code POST /call/...}, kept until their
 * {@code GET /call/.../{event_id}} reads them. Bounded, so that results nobody reads cannot
 * fill the memory:
 * <ul>
 *   <li>a result is kept as the SSE events the reader will get, written out as they come; once
 *       an unread one holds {@link #COALESCE_BYTES}, a stream's new step replaces its previous one
 *       (a late reader of a long stream gets its latest value, then the end: each step carries
 *       the full value on this route);</li>
 *   <li>at most {@link #MAX_RESULTS} results and {@link #MAX_BYTES} bytes in all: beyond either,
 *       the oldest unread results go, an unfinished one's event cancelled;</li>
 *   <li>a result unread for {@link #MAX_AGE} goes ({@link #expire}).</li>
 * </ul>
 *
 * <p>Thread-safe: events add from their threads, readers take from theirs, under this object's lock.
 */
final class CallResults {
    static final int MAX_RESULTS = 2000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final long COALESCE_BYTES = 1024 * 1024;

    /** One event of the {@code /call} stream: {@code event: name} and {@code data: json}. */
    record Sse(String name, String data) {
        long bytes() {
            return name.length() + data.length() + 16L;
        }

        boolean ends() {
            return !name.equals("generating");
        }
    }

    /** One event's result on its way to its reader. */
    final class Result {
        private final String eventId;
        private final Runnable cancel;
        private final ArrayDeque<Sse> events = new ArrayDeque<>();
        private final long createdAt = System.nanoTime();
        private long held;
        private boolean reading;
        private boolean ended;

        private Result(String eventId, Runnable cancel) {
            this.eventId = eventId;
            this.cancel = cancel;
        }

        /** Adds a queue message of the event, as the {@code /call} stream shows it (others are left out). */
        void add(ServerMessage message) {
            Sse event = switch (message) {
                case ServerMessage.ProcessGenerating generating -> new Sse("generating", JsonCodec.write(generating.output().data()));
                case ServerMessage.ProcessCompleted done when done.output() instanceof EventOutput.Success success ->
                        new Sse("complete", JsonCodec.write(success.data()));
                case ServerMessage.ProcessCompleted failed -> new Sse("error", JsonCodec.writeProtocol(failed.output()));
                default -> null;
            };
            if (event == null) {
                return;
            }
            List<Runnable> cancels;
            synchronized (CallResults.this) {
                if (byEvent.get(eventId) != this) {
                    return;   // dropped already
                }
                if (!reading && held + event.bytes() > COALESCE_BYTES && !event.ends() && !events.isEmpty()
                        && !events.peekLast().ends()) {
                    remove(events.removeLast());
                }
                events.add(event);
                held += event.bytes();
                bytes += event.bytes();
                ended |= event.ends();
                cancels = trim();
                CallResults.this.notifyAll();
            }
            cancels.forEach(Runnable::run);
        }

        /**
         * The next event for the reader, waiting at most {@code timeout}: null if none came.
         *
         * @throws Dropped when the result was dropped before its end was read
         */
        Sse next(Duration timeout) throws InterruptedException {
            synchronized (CallResults.this) {
                reading = true;
                long wait = timeout.toNanos();
                long deadline = System.nanoTime() + wait;
                while (events.isEmpty() && byEvent.get(eventId) == this && wait > 0) {
                    TimeUnit.NANOSECONDS.timedWait(CallResults.this, wait);
                    wait = deadline - System.nanoTime();
                }
                Sse event = events.poll();
                if (event == null && byEvent.get(eventId) != this) {
                    throw new Dropped();
                }
                if (event != null) {
                    remove(event);
                    if (event.ends()) {
                        byEvent.remove(eventId);
                    }
                }
                return event;
            }
        }

        private void remove(Sse event) {
            held -= event.bytes();
            bytes -= event.bytes();
        }
    }

    /** The result was dropped to keep within the bounds before its reader came. */
    static final class Dropped extends RuntimeException {
        Dropped() {
            super("This result was dropped unread: results are kept " + MAX_AGE.toMinutes() + " minutes, "
                    + MAX_RESULTS + " and " + MAX_BYTES / (1024 * 1024) + " MiB in all; read them sooner.", null, false, false);
        }
    }

    private final Map<String, Result> byEvent = new LinkedHashMap<>();
    private long bytes;

    /** Makes room for an event's result; {@code cancel} stops the event if its result must be dropped unfinished. */
    synchronized Result open(String eventId, Runnable cancel) {
        Result result = new Result(eventId, cancel);
        byEvent.put(eventId, result);
        List<Runnable> cancels = trim();
        if (!cancels.isEmpty()) {
            Thread.ofVirtual().start(() -> cancels.forEach(Runnable::run));
        }
        return result;
    }

    /** The event's result, or null for an unknown (or already read) event. */
    synchronized Result find(String eventId) {
        return byEvent.get(eventId);
    }

    synchronized void forget(String eventId) {
        Result result = byEvent.remove(eventId);
        if (result != null) {
            result.events.forEach(event -> bytes -= event.bytes());
            result.events.clear();
            notifyAll();
        }
    }

    /** The reader left before the end: no one else awaits this result, so its event stops. */
    void abandon(Result result) {
        boolean running;
        synchronized (this) {
            forget(result.eventId);
            running = !result.ended;
        }
        if (running) {
            result.cancel.run();
        }
    }

    /** Drops results unread for longer than {@link #MAX_AGE}; called periodically. */
    void expire() {
        List<Runnable> cancels = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            for (Iterator<Result> it = byEvent.values().iterator(); it.hasNext(); ) {
                Result result = it.next();
                if (!result.reading && now - result.createdAt > MAX_AGE.toNanos()) {
                    drop(it, result, cancels);
                }
            }
            notifyAll();
        }
        cancels.forEach(Runnable::run);
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Drops the oldest unread results while over a bound; answers the cancels of unfinished ones, to run unlocked. */
    private List<Runnable> trim() {
        List<Runnable> cancels = new ArrayList<>();
        for (Iterator<Result> it = byEvent.values().iterator(); it.hasNext() && (byEvent.size() > MAX_RESULTS || bytes > MAX_BYTES); ) {
            Result result = it.next();
            if (!result.reading) {
                drop(it, result, cancels);
            }
        }
        if (!cancels.isEmpty()) {
            notifyAll();
        }
        return cancels;
    }

    private void drop(Iterator<Result> it, Result result, List<Runnable> cancels) {
        it.remove();
        result.events.forEach(event -> bytes -= event.bytes());
        result.events.clear();
        if (!result.ended) {
            cancels.add(result.cancel);
        }
    }
}
