package dev.gradio4j.llm;

import dev.gradio4j.GradioError;
import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.llm.ResponseLines.Cancelled;
import dev.gradio4j.llm.ResponseLines.End;
import dev.gradio4j.llm.ResponseLines.Event;
import dev.gradio4j.llm.ResponseLines.Failed;
import dev.gradio4j.llm.ResponseLines.Head;
import dev.gradio4j.llm.ResponseLines.Line;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One chat-completions request, read as the answer so far. The request goes out when the first
 * element is asked for; then each server-sent event {@code data: {...}} that adds to
 * {@code choices[0].delta.content} gives the next element, until {@code data: [DONE]}, or the
 * end of a stream that gave a {@code finish_reason}. Other delta fields (the reasoning of
 * thinking models, tool calls) are not part of the answer and are skipped. A server that ignores
 * {@code "stream": true} and sends one JSON completion gives one element.
 *
 * <p>Read by one thread; {@link #close()} may come from any thread. An interrupt of the reading
 * thread aborts the request and ends in a {@link CancellationException}, with the interrupt flag
 * kept: it is a stop, not a failure.
 */
final class CompletionCall implements Iterator<String> {
    /** Error bodies are quoted, not stored: more than this is never needed. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final HttpClient client;
    private final HttpRequest request;
    private final Duration timeout;
    private final EndpointErrors errors;
    private final ResponseLines lines = new ResponseLines();
    private final StringBuilder answer = new StringBuilder();
    /** The data lines of the event being read; SSE joins them with line breaks. */
    private final List<String> data = new ArrayList<>();
    private volatile CompletableFuture<HttpResponse<Void>> sending;
    private volatile boolean closed;
    private Head head;
    private boolean sawData;
    private boolean finishReason;
    private boolean ended;
    private String next;

    CompletionCall(HttpClient client, HttpRequest request, Duration timeout, EndpointErrors errors) {
        this.client = client;
        this.request = request;
        this.timeout = timeout;
        this.errors = errors;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            if (sending == null) {
                send();
            } else {
                read(await());
            }
        }
        return next != null;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String answerSoFar = next;
        next = null;
        return answerSoFar;
    }

    /** Aborts the request, if it is still running: the connection closes, and a waiting reader returns. */
    void close() {
        closed = true;
        lines.cancel();
        CompletableFuture<?> running = sending;
        if (running != null) {
            running.cancel(true);
        }
    }

    private void send() {
        if (closed) {
            ended = true;
            return;
        }
        sending = client.sendAsync(request, lines.handler());
        sending.whenComplete((response, failure) -> {
            if (failure != null) {
                lines.fail(failure);
            }
        });
        if (closed) { // close() ran while the request was being sent, before it could see it to cancel it
            sending.cancel(true);
        }
    }

    /** The next event; throws when none came in time, the exchange failed, or the thread was interrupted. */
    private Event await() {
        Event event;
        try {
            event = lines.poll(timeout);
        } catch (InterruptedException e) {
            throw stopped();
        }
        if (event == null) {
            throw fail(errors.timeout(timeout, head != null));
        }
        if (event instanceof Failed && closed) {
            return new Cancelled(); // the failure of a request closed on purpose
        }
        if (event instanceof Failed(Throwable failure)) {
            Throwable cause = unwrap(failure);
            throw fail(head == null ? errors.unreachable(cause) : errors.lost(cause));
        }
        return event;
    }

    private void read(Event event) {
        switch (event) {
            case Head received -> head(received);
            case Line(String text) -> line(text);
            case End end -> end();
            case Cancelled cancelled -> ended = true;
            case Failed failed -> throw new IllegalStateException("await() handles failures");
        }
    }

    private void head(Head received) {
        head = received;
        if (received.status() != 200) {
            String body = errorBody();
            throw fail(errors.status(received.status(), body, header("Retry-After"), header("Location")));
        }
        String type = header("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            wholeAnswer();
        }
    }

    /** A line of the event stream (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
    private void line(String text) {
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        // Comments (":" keep-alives) and the event:, id: and retry: fields say nothing about the answer.
        if (field.equals("data")) {
            String value = colon < 0 ? "" : text.substring(colon + 1);
            data.add(value.startsWith(" ") ? value.substring(1) : value);
        }
    }

    private void dispatch() {
        if (data.isEmpty()) {
            return;
        }
        String payload = String.join("\n", data);
        data.clear();
        sawData = true;
        if (payload.equals("[DONE]")) {
            // What may follow is not read: dropping it costs at most a new connection next time
            // (HTTP/1.1), or nothing (HTTP/2 resets only the stream).
            ended = true;
            close();
            return;
        }
        Object chunk;
        try {
            chunk = JsonCodec.parse(payload);
        } catch (JsonCodec.MalformedJsonException e) {
            throw fail(errors.malformed("a data line that is not JSON: " + EndpointErrors.quote(payload)));
        }
        if (!(chunk instanceof Map<?, ?> fields)) {
            throw fail(errors.malformed("a data line that is not a JSON object: " + EndpointErrors.quote(payload)));
        }
        if (fields.get("error") != null) {
            throw fail(errors.reported(fields));
        }
        if (!(fields.get("choices") instanceof List<?> choices)) {
            throw fail(errors.malformed("a chunk without choices: " + EndpointErrors.quote(payload)));
        }
        // No choices is fine: usage statistics, or Azure's content-filter results, come so.
        if (!choices.isEmpty() && choices.getFirst() instanceof Map<?, ?> choice) {
            if (choice.get("finish_reason") != null) {
                finishReason = true;
            }
            if (choice.get("delta") instanceof Map<?, ?> delta && delta.get("content") instanceof String content
                    && !content.isEmpty()) {
                answer.append(content);
                next = answer.toString();
            }
        }
    }

    private void end() {
        dispatch(); // a last event without its blank line
        if (ended) {
            return;
        }
        if (!finishReason) {
            throw fail(errors.malformed(sawData
                    ? "the stream ended without [DONE] and without a finish_reason"
                    : "no data lines in the response (Content-Type " + header("Content-Type") + "); check the base URL"));
        }
        ended = true;
        close();
    }

    /** A server that ignored {@code "stream": true}: its one completion is the whole answer. */
    private void wholeAnswer() {
        StringBuilder body = new StringBuilder();
        for (Event event = await(); !(event instanceof End); event = await()) {
            if (event instanceof Cancelled) {
                ended = true;
                return;
            }
            body.append(((Line) event).text()).append('\n');
        }
        ended = true;
        close();
        Object completion;
        try {
            completion = JsonCodec.parse(body.toString());
        } catch (JsonCodec.MalformedJsonException e) {
            throw fail(errors.malformed("an application/json answer that is not JSON: " + EndpointErrors.quote(body.toString())));
        }
        if (completion instanceof Map<?, ?> fields && fields.get("error") != null) {
            throw fail(errors.reported(fields));
        }
        if (completion instanceof Map<?, ?> fields && fields.get("choices") instanceof List<?> choices && !choices.isEmpty()
                && choices.getFirst() instanceof Map<?, ?> choice && choice.get("message") instanceof Map<?, ?> message
                && message.get("content") instanceof String content) {
            next = content.isEmpty() ? null : content;
            return;
        }
        throw fail(errors.malformed("a JSON answer without choices[0].message.content: " + EndpointErrors.quote(body.toString())));
    }

    /** The body of an error response, as much as came in time: it is only quoted. */
    private String errorBody() {
        StringBuilder body = new StringBuilder();
        try {
            for (Event event = lines.poll(timeout); event instanceof Line(String text) && body.length() < ERROR_BODY_LIMIT;
                    event = lines.poll(timeout)) {
                body.append(text).append('\n');
            }
        } catch (InterruptedException e) {
            throw stopped();
        }
        return body.toString();
    }

    private String header(String name) {
        return head.headers().firstValue(name).orElse(null);
    }

    /** Ends the call on an interrupt, which keeps its flag: the user pressed Stop, nothing failed. */
    private CancellationException stopped() {
        ended = true;
        close();
        Thread.currentThread().interrupt();
        return new CancellationException("The answer was stopped: the thread reading it was interrupted.");
    }

    /** Ends the call before reporting an error. */
    private GradioError fail(GradioError error) {
        ended = true;
        close();
        return error;
    }

    private static Throwable unwrap(Throwable failure) {
        while ((failure instanceof CompletionException || failure instanceof ExecutionException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
