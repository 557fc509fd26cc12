package dev.gradio4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The failures no stand-in server can produce reliably, in the shapes the JDK's HTTP client
 * gives them: it wraps the telling exception in a {@link ConnectException} without a message.
 */
class EndpointErrorsTest {
    final EndpointErrors errors = new EndpointErrors("http://llm.invalid/v1/chat/completions", "m", null);

    @Test
    void anUnknownHostIsNamed() {
        ConnectException failure = (ConnectException) new ConnectException().initCause(new UnresolvedAddressException());

        assertThat(errors.unreachable(failure).getMessage()).isEqualTo("Cannot reach the model endpoint at"
                + " http://llm.invalid/v1/chat/completions: unknown host llm.invalid. Is the server running?");
    }

    @Test
    void aRefusedConnectionWithoutAMessageSaysSo() {
        ConnectException failure = (ConnectException) new ConnectException().initCause(new ClosedChannelException());

        assertThat(errors.unreachable(failure).getMessage()).contains(": connection refused. Is the server running?");
    }

    @Test
    void aBrokenStreamSaysWhatBrokeIt() {
        IOException failure = new IOException(new IOException("Connection reset"));

        assertThat(errors.lost(failure).getMessage()).isEqualTo("Lost the connection to the model endpoint at"
                + " http://llm.invalid/v1/chat/completions mid-answer: Connection reset. Try again.");
    }

    @Test
    void secondsAreWrittenWithoutNeedlessDecimals() {
        assertThat(EndpointErrors.seconds(Duration.ofSeconds(60))).isEqualTo("60");
        assertThat(EndpointErrors.seconds(Duration.ofMillis(250))).isEqualTo("0.25");
        assertThat(EndpointErrors.seconds(Duration.ofMinutes(2))).isEqualTo("120");
    }
}
