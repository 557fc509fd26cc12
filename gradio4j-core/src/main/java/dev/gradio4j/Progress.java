package dev.gradio4j;

import dev.gradio4j.internal.app.EventContext;
import dev.gradio4j.internal.protocol.ServerMessage.ProgressUnit;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports a running handler's progress to the browser and API clients, as Gradio's
 * {@code gr.Progress}. Take it as an input with {@link Gr#progress()}:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="progress"}
 *
 * Updates are sent at most every 10 ms (the newest wins). Safe to call from any thread.
 */
public final class Progress {
    private final EventContext context;

    Progress(EventContext context) {
        this.context = context;
    }

    /** Reports {@code fraction} (0 to 1) done, with a description (may be null). */
    public void update(double fraction, @Nullable String desc) {
        context.progress(List.of(new ProgressUnit(null, null, null, fraction, desc)));
    }

    /** Reports step {@code index} of {@code length}, with a description (may be null). */
    public void update(int index, int length, @Nullable String desc) {
        context.progress(List.of(new ProgressUnit(index, length, "steps", null, desc)));
    }

    /** Iterates over {@code items}, reporting each step, as Gradio's {@code progress.tqdm}. */
    public <T extends @Nullable Object> Iterable<T> track(List<T> items, @Nullable String desc) {
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < items.size();
            }

            @Override
            public T next() {
                update(index, items.size(), desc);
                return items.get(index++);
            }
        };
    }
}
