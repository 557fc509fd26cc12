package dev.gradio4j.internal.queue;

import dev.gradio4j.Request;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.session.Session;
import java.util.List;
import java.util.function.Consumer;

/**
 * One submitted event: which dependency, with which payloads, for which session, and where its
 * messages go. Created when a client joins the queue (or calls {@code /call} or {@code /run}).
 */
public final class QueuedEvent {
    private final String id;
    private final Session session;
    private volatile DependencyModel dependency;
    private final List<Object> data;
    private final Object eventData;
    private final Request request;
    private final String rootUrl;
    private final boolean fullValues;
    private final Consumer<ServerMessage> sink;
    private volatile Thread thread;
    private volatile boolean cancelled;
    private String invalidArguments;
    /** The queue position this event was last told; guarded by the {@link EventQueue}'s lock. */
    int toldRank = -1;

    /**
     * @param fullValues send full values instead of diffs while streaming ({@code /call})
     * @param sink       where the event's messages go
     */
    public QueuedEvent(String id, Session session, DependencyModel dependency, List<Object> data,
                       Object eventData, Request request, String rootUrl, boolean fullValues,
                       Consumer<ServerMessage> sink) {
        this.id = id;
        this.session = session;
        this.dependency = dependency;
        this.data = data;
        this.eventData = eventData;
        this.request = request;
        this.rootUrl = rootUrl;
        this.fullValues = fullValues;
        this.sink = sink;
    }

    public String id() { return id; }
    public Session session() { return session; }
    public DependencyModel dependency() { return dependency; }
    public List<Object> data() { return data; }
    public Object eventData() { return eventData; }
    public Request request() { return request; }
    public String rootUrl() { return rootUrl; }
    public boolean fullValues() { return fullValues; }

    /**
     * Marks the event's arguments as unfit for its inputs: it fails with {@code problem} instead
     * of running. The queue accepts such an event and fails it, as Gradio does, so that every
     * client reports the message as it reports any other failed event.
     */
    public void invalidArguments(String problem) {
        this.invalidArguments = problem;
    }

    /** What is wrong with the arguments, or null when they fit. */
    public String invalidArguments() {
        return invalidArguments;
    }

    /** Runs {@code next} (the reloaded app's function of the same api name) instead, if not started yet. */
    void repoint(DependencyModel next) {
        this.dependency = next;
    }

    public void send(ServerMessage message) {
        sink.accept(message);
    }

    void runningOn(Thread thread) {
        this.thread = thread;
    }

    /** Stops the event: a waiting one never starts, a running one is interrupted. */
    public void cancel() {
        cancelled = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }
}
