package dev.gradio4j.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.protocol.EventOutput;
import dev.gradio4j.internal.protocol.ServerMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outbox's rules, without HTTP: one thread plays the stream, others the joins, and each
 * interleaving that lost predictions against the official clients is forced step by step.
 */
@Timeout(10)
class OutboxTest {
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    static ServerMessage.ProcessCompleted completed(String eventId) {
        return new ServerMessage.ProcessCompleted(eventId, EventOutput.Success.of(List.of("done"), 0.1, null), true, null, null);
    }

    static ServerMessage.ProcessStarts starts(String eventId) {
        return new ServerMessage.ProcessStarts(eventId, null);
    }

    @Test
    void theStreamClosesOnceTheLastCompletionIsTaken() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        outbox.send(starts("e1"));
        outbox.send(completed("e1"));
        try (Outbox.Reader stream = outbox.open()) {
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(starts("e1"));
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(ServerMessage.CloseStream.INSTANCE);
        }
    }

    @Test
    void aJoinAcceptedBeforeTheLastCompletionIsTakenKeepsTheStreamOpenAndIsDelivered() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        outbox.send(completed("e1"));
        try (Outbox.Reader stream = outbox.open()) {
            outbox.accept("e2");   // the next join, before the stream takes e1's completion
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
            assertThat(stream.closesNext()).as("e2 is pending").isFalse();
            CompletableFuture<ServerMessage> next = CompletableFuture.supplyAsync(() -> take(stream));
            outbox.send(completed("e2"));
            assertThat(next.get(5, TimeUnit.SECONDS)).as("the open stream delivers the new event").isEqualTo(completed("e2"));
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(ServerMessage.CloseStream.INSTANCE);
        }
    }

    @Test
    void aJoinThatArrivesWhileTheStreamWritesItsCloseWaitsUntilTheCloseIsWritten() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        outbox.send(completed("e1"));
        Outbox.Reader stream = outbox.open();
        assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
        assertThat(stream.next(HEARTBEAT).message()).as("the stream decides to close").isEqualTo(ServerMessage.CloseStream.INSTANCE);

        CompletableFuture<Void> join = CompletableFuture.runAsync(() -> accept(outbox, "e2"));
        Thread.sleep(300);
        assertThat(join).as("the join is not answered before close_stream is written").isNotDone();
        stream.close();   // close_stream written, the response ended
        join.get(5, TimeUnit.SECONDS);

        outbox.send(completed("e2"));
        try (Outbox.Reader next = outbox.open()) {
            assertThat(next.next(HEARTBEAT).message()).as("the client's next stream delivers it").isEqualTo(completed("e2"));
        }
    }

    @Test
    void theCompletionThatLeavesNothingPendingGoesOutWithTheClose() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        outbox.accept("e2");
        outbox.send(completed("e1"));
        outbox.send(completed("e2"));
        Outbox.Reader stream = outbox.open();
        assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
        assertThat(stream.closesNext()).as("e2 is still pending").isFalse();
        assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e2"));
        assertThat(stream.closesNext()).as("nothing is pending: the close goes in the same write").isTrue();

        // A follow-up the client joins after reading e2 comes after the decision: it waits for the close.
        CompletableFuture<Void> followUp = CompletableFuture.runAsync(() -> accept(outbox, "e3"));
        Thread.sleep(300);
        assertThat(followUp).as("the follow-up is not taken onto the closing stream").isNotDone();
        assertThat(stream.next(HEARTBEAT).message()).isEqualTo(ServerMessage.CloseStream.INSTANCE);
        stream.close();
        followUp.get(5, TimeUnit.SECONDS);
        outbox.send(completed("e3"));
        try (Outbox.Reader next = outbox.open()) {
            assertThat(next.next(HEARTBEAT).message()).as("the client's next stream delivers it").isEqualTo(completed("e3"));
        }
    }

    @Test
    void whilePendingAnIdleStreamSendsHeartbeats() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        try (Outbox.Reader stream = outbox.open()) {
            assertThat(stream.next(Duration.ofMillis(50)).message()).isEqualTo(ServerMessage.Heartbeat.INSTANCE);
        }
    }

    @Test
    void aNewerStreamTakesOverAndTheOlderOneCloses() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        Outbox.Reader older = outbox.open();
        CompletableFuture<ServerMessage> olderNext = CompletableFuture.supplyAsync(() -> take(older));
        try (Outbox.Reader newer = outbox.open()) {
            assertThat(olderNext.get(5, TimeUnit.SECONDS)).isEqualTo(ServerMessage.CloseStream.INSTANCE);
            older.close();
            outbox.send(completed("e1"));
            assertThat(newer.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
        }
    }

    @Test
    void aMessageWhoseWriteFailedGoesToTheNextStream() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        outbox.send(completed("e1"));
        try (Outbox.Reader broken = outbox.open()) {
            Outbox.Outgoing message = broken.next(HEARTBEAT);
            assertThat(broken.putBack(message)).as("it was the current stream").isTrue();
        }
        try (Outbox.Reader next = outbox.open()) {
            assertThat(next.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
            assertThat(next.next(HEARTBEAT).message()).isEqualTo(ServerMessage.CloseStream.INSTANCE);
        }
    }

    @Test
    void aWithdrawnJoinLetsTheStreamClose() throws Exception {
        Outbox outbox = new Outbox(new java.util.concurrent.atomic.AtomicLong());
        outbox.accept("e1");
        try (Outbox.Reader stream = outbox.open()) {
            CompletableFuture<ServerMessage> next = CompletableFuture.supplyAsync(() -> take(stream));
            outbox.withdraw("e1");
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(ServerMessage.CloseStream.INSTANCE);
        }
    }

    @Test
    void aSessionThatLeavesTooMuchUnreadIsToldSoAndKeepsOnlyItsCompletions() throws Exception {
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        Outbox outbox = new Outbox(total);
        outbox.accept("e1");
        ServerMessage step = new ServerMessage.Log("e1", "x".repeat(1024 * 1024), "info", 10.0, true, "Info");
        int accepted = 0;
        while (outbox.send(step)) {
            accepted++;
        }
        assertThat(accepted).isEqualTo((int) (Outbox.MAX_UNREAD_BYTES / (1024 * 1024)) - 1);
        assertThat(total.get()).as("the unread steps went").isZero();
        assertThat(outbox.send(step)).as("and the next ones go too, until the stream catches up").isFalse();
        assertThat(outbox.send(completed("e1"))).isTrue();
        try (Outbox.Reader stream = outbox.open()) {
            assertThat(stream.next(HEARTBEAT).message()).isEqualTo(completed("e1"));
        }
        assertThat(total.get()).isZero();
        outbox.accept("e2");
        assertThat(outbox.send(starts("e2"))).as("a caught-up session starts afresh").isTrue();
    }

    private static ServerMessage take(Outbox.Reader stream) {
        try {
            return stream.next(HEARTBEAT).message();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void accept(Outbox outbox, String eventId) {
        try {
            outbox.accept(eventId);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
