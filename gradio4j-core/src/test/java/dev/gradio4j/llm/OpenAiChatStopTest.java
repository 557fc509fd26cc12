package dev.gradio4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stopping an answer stops the request: closing the stream, or interrupting the thread that
 * reads it (what Stop in the page does), drops the connection, which the server sees.
 */
@Timeout(30)
class OpenAiChatStopTest {
    StandInEndpoint endpoint;
    OpenAiChat chat;

    @BeforeEach
    void start() throws IOException {
        endpoint = new StandInEndpoint();
        chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void closingTheStreamMidAnswerDropsTheConnection() throws Exception {
        endpoint.reply(endpoint.thinkingAfter("Hel"));
        Stream<String> answer = chat.respond("Hi", List.of());
        Iterator<String> answers = answer.iterator();

        assertThat(answers.next()).isEqualTo("Hel");
        answer.close();

        assertThat(endpoint.dropped.await(5, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
    }

    @Test
    void closingTheStreamFromAnotherThreadEndsTheAnswerThere() throws Exception {
        endpoint.reply(endpoint.thinkingAfter("Hel"));
        CountDownLatch firstToken = new CountDownLatch(1);
        Stream<String> answer = chat.respond("Hi", List.of()).peek(text -> firstToken.countDown());
        CompletableFuture<List<String>> read = CompletableFuture.supplyAsync(answer::toList);

        assertThat(firstToken.await(5, TimeUnit.SECONDS)).isTrue();
        answer.close();

        assertThat(read.get(5, TimeUnit.SECONDS)).containsExactly("Hel");
        assertThat(endpoint.dropped.await(5, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
    }

    @Test
    void anInterruptStopsTheAnswerAtOnceAsACancellationNotAnError() throws Exception {
        endpoint.reply(endpoint.thinkingAfter("Hel"));
        CompletableFuture<Throwable> ending = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> answer = chat.respond("Hi", List.of())) {
                answer.forEach(text -> { });
                ending.complete(null);
            } catch (Throwable e) {
                ending.complete(e);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        });

        assertThat(endpoint.stalling.await(5, TimeUnit.SECONDS)).isTrue();
        reader.interrupt();

        assertThat(ending.get(2, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(stillInterrupted.get(2, TimeUnit.SECONDS)).as("the interrupt flag is kept").isTrue();
        assertThat(endpoint.dropped.await(5, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
    }

    @Test
    void anInterruptWhileWaitingForTheFirstTokenStopsTheRequestToo() throws Exception {
        endpoint.reply(endpoint.silent());
        CompletableFuture<Throwable> ending = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> answer = chat.respond("Hi", List.of())) {
                answer.forEach(text -> { });
                ending.complete(null);
            } catch (Throwable e) {
                ending.complete(e);
            }
        });

        assertThat(endpoint.stalling.await(5, TimeUnit.SECONDS)).isTrue();
        reader.interrupt();

        assertThat(ending.get(2, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    }
}
