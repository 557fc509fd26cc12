package dev.gradio4j.internal.app;

import dev.gradio4j.Request;
import dev.gradio4j.internal.protocol.ServerMessage.ProgressUnit;
import dev.gradio4j.internal.session.Session;
import java.util.List;

/**
 * What a running event offers its handler besides the inputs: the request, and channels for
 * progress and toasts. Set as {@link #CURRENT} on the thread that runs the handler.
 */
public interface EventContext {
    /** The context of the handler running on this thread, or null outside handlers. */
    ThreadLocal<EventContext> CURRENT = new ThreadLocal<>();

    Request request();

    /** The session the event belongs to, or null for a call from Java ({@code app.call}). */
    default Session session() {
        return null;
    }

    /** The browser's event payload ({@code event_data}), or null. */
    Object eventData();

    void progress(List<ProgressUnit> units);

    void log(String level, String message, String title, Double duration, boolean visible);
}
