package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TypewriterTest {

    @Test
    void typesTheTextOneWordMoreEachTimeKeepingItsLayout() {
        List<String> typed = Typewriter.type("From the README:\n\n- one\n- two", Duration.ZERO).toList();

        assertThat(typed).containsExactly("From", "From the", "From the README:", "From the README:\n\n-",
                "From the README:\n\n- one", "From the README:\n\n- one\n-", "From the README:\n\n- one\n- two");
    }

    @Test
    void waitsThePaceBetweenWords() {
        long start = System.nanoTime();
        Typewriter.type("one two three four five", Duration.ofMillis(30)).toList();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void theStatusShowsBeforeTheAnswerIsComputed() {
        AtomicInteger computed = new AtomicInteger();
        Iterator<String> typed = Typewriter.typeAfter("Reading…", () -> {
            computed.incrementAndGet();
            return "Total due";
        }, Duration.ZERO).iterator();

        assertThat(typed.next()).isEqualTo("Reading…");
        assertThat(computed).hasValue(0);
        assertThat(typed.next()).isEqualTo("Total");
        assertThat(typed.next()).isEqualTo("Total due");
        assertThat(typed.hasNext()).isFalse();
        assertThat(computed).hasValue(1);
    }
}
