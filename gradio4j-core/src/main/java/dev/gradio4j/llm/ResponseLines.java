package dev.gradio4j.llm;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a response from the HTTP client's threads to the thread reading the answer: first its
 * head, then its body line by line, then its end or failure. The reader waits for each with a
 * timeout, which is how a stalled server is noticed, and asks for one line at a time, so an
 * unread response is not buffered without bound.
 *
 * <p>Thread-safe: the HTTP client offers events from its threads, one reader takes them, and
 * {@link #cancel()} may come from any thread.
 */
final class ResponseLines implements Flow.Subscriber<String> {
    /** What the reader takes, in order: {@code Head}, then {@code Line}s, then {@code End} or {@code Failed}. */
    sealed interface Event permits Head, Line, End, Failed, Cancelled {}

    /** The status and headers. */
    record Head(int status, HttpHeaders headers) implements Event {}

    /** One line of the body, without its line break. */
    record Line(String text) implements Event {}

    /** The body ended. */
    record End() implements Event {}

    /** The exchange failed: no connection, or a broken one. */
    record Failed(Throwable failure) implements Event {}

    /** {@link #cancel()} was called. */
    record Cancelled() implements Event {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    /** The body handler to send the request with: every response, whatever its status, is read as lines. */
    HttpResponse.BodyHandler<Void> handler() {
        return info -> {
            events.add(new Head(info.statusCode(), info.headers()));
            // SSE and JSON are UTF-8 whatever the Content-Type says; null splits on \n, \r and \r\n, as SSE does.
            return HttpResponse.BodySubscribers.fromLineSubscriber(this, subscriber -> null, StandardCharsets.UTF_8, null);
        };
    }

    /**
     * The next event, or null when none came within {@code timeout}. After a {@link Line}, the
     * next line is asked for.
     */
    Event poll(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (event instanceof Line && subscription != null) {
            subscription.request(1);
        }
        return event;
    }

    /** Reports a failure of the exchange (from the response future, which fails before any body does). */
    void fail(Throwable failure) {
        events.add(new Failed(failure));
    }

    /** Stops reading: the connection is dropped (the server sees it close), and a waiting reader wakes up. */
    void cancel() {
        cancelled = true;
        events.add(new Cancelled()); // first: a failure the cancel causes is not news
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (cancelled) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(String line) {
        events.add(new Line(line));
    }

    @Override
    public void onError(Throwable failure) {
        events.add(new Failed(failure));
    }

    @Override
    public void onComplete() {
        events.add(new End());
    }
}
