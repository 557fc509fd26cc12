package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.Invoker;
import dev.gradio4j.internal.app.Target;
import dev.gradio4j.internal.protocol.EventOutput;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.queue.EventQueue;
import dev.gradio4j.internal.queue.EventRunner;
import dev.gradio4j.internal.queue.QueuedEvent;
import dev.gradio4j.internal.session.Session;
import dev.gradio4j.internal.session.SessionStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The queue and its runner on their own, without HTTP: each event's messages go to a recording
 * sink, so the order and shape of what a client would read can be checked directly.
 */
@Timeout(30)
class QueueWithoutHttpTest {
    /** These events carry no files: a file operation would be a failure of the test. */
    private static final ValueContext NO_FILES = new ValueContext() {
        @Override
        public java.nio.file.Path resolve(FileData file) {
            throw new UnsupportedOperationException("these events have no files");
        }

        @Override
        public FileData publish(java.nio.file.Path file, String origName) {
            throw new UnsupportedOperationException("these events have no files");
        }

        @Override
        public FileData publish(byte[] bytes, String name) {
            throw new UnsupportedOperationException("these events have no files");
        }
    };

    private final EventQueue queue = new EventQueue(new EventRunner(event -> NO_FILES, false));
    private final SessionStore sessions = new SessionStore(100, 100, Duration.ofMinutes(5));

    @AfterEach
    void close() {
        queue.close();
    }

    /** What one event sent, in order. */
    static final class Recording {
        final List<ServerMessage> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch completed = new CountDownLatch(1);

        void accept(ServerMessage message) {
            messages.add(message);
            if (message instanceof ServerMessage.ProcessCompleted) {
                completed.countDown();
            }
        }

        List<String> kinds() {
            return messages.stream().map(m -> m.getClass().getSimpleName()).toList();
        }

        ServerMessage.ProcessCompleted completion() throws InterruptedException {
            assertThat(completed.await(10, TimeUnit.SECONDS)).as("the event completed").isTrue();
            return (ServerMessage.ProcessCompleted) messages.getLast();
        }
    }

    /** A dependency with no inputs or outputs, one run at a time in its group. */
    static DependencyModel dependency(Invoker invoker) {
        return new DependencyModel(0, List.of(new Target(1, "click")), List.of(), List.of(), invoker,
                ResultMapping.forOutput(null, 0), false, "work", ApiVisibility.PUBLIC, null, true, 1, "fn:0", List.of(),
                TriggerMode.ONCE, null, null, false, false, null, ShowProgress.FULL, false, List.of(), false, true, null);
    }

    Recording submit(DependencyModel dependency, String eventId) throws Exception {
        Session session = sessions.get("session-" + eventId, "127.0.0.1", null);
        Recording recording = new Recording();
        Request request = new Request(session.hash(), "127.0.0.1", Map.of(), Map.of(), null, "/", Map.of());
        queue.submit(new QueuedEvent(eventId, session, dependency, List.of(), null, request, "", false, recording::accept));
        return recording;
    }

    @Test
    void anEventIsEstimatedStartedAndCompletedInThatOrder() throws Exception {
        var done = submit(dependency(args -> null), "e1");
        var completed = done.completion();
        assertThat(done.kinds()).containsExactly("Estimation", "ProcessStarts", "ProcessCompleted");
        assertThat(completed.success()).isTrue();
        assertThat(completed.output()).isInstanceOf(EventOutput.Success.class);
    }

    @Test
    void beyondTheConcurrencyLimitAnEventWaitsItsTurnWithItsPosition() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DependencyModel held = dependency(args -> {
            release.await();
            return null;
        });
        var first = submit(held, "first");
        var second = submit(held, "second");
        var estimation = (ServerMessage.Estimation) second.messages.getFirst();
        assertThat(estimation.rank()).as("first in line behind the running one").isEqualTo(0);
        assertThat(second.kinds()).doesNotContain("ProcessStarts");
        release.countDown();
        first.completion();
        second.completion();
        assertThat(second.kinds()).containsSubsequence("Estimation", "ProcessStarts", "ProcessCompleted");
    }

    @Test
    void aWaitingEventThatIsCancelledNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        DependencyModel held = dependency(args -> {
            ran.add("ran");
            release.await();
            return null;
        });
        var first = submit(held, "first");
        var waiting = submit(held, "waiting");
        assertThat(queue.cancel("session-waiting", 0, "waiting")).isTrue();
        var cancelled = waiting.completion();
        assertThat(cancelled.success()).isFalse();
        assertThat(cancelled.output()).isEqualTo(EventOutput.UserError.CANCELLED);
        release.countDown();
        first.completion();
        assertThat(ran).as("only the first event ran").hasSize(1);
    }

    @Test
    void aHandlersFailureEndsTheEventWithItsMessageHiddenUnlessShown() throws Exception {
        var failed = submit(dependency(args -> {
            throw new IllegalStateException("secret detail");
        }), "boom").completion();
        assertThat(failed.success()).isFalse();
        assertThat(failed.output()).isEqualTo(EventOutput.HiddenError.INSTANCE);

        var told = submit(dependency(args -> {
            throw new GradioError("Try a smaller file.");
        }), "told").completion();
        assertThat(told.output()).isInstanceOfSatisfying(EventOutput.UserError.class,
                error -> assertThat(error.error()).isEqualTo("Try a smaller file."));
    }
}
