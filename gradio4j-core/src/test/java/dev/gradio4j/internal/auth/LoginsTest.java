package dev.gradio4j.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login tokens, without HTTP: they stand for their user until unused too long or logged out. */
class LoginsTest {

    @Test
    void aTokenUnusedForTooLongExpires() throws InterruptedException {
        Logins logins = new Logins(Duration.ofMillis(50));
        String token = logins.start(new Logins.Login("ada", Map.of()));
        assertThat(logins.find(token)).isEqualTo(new Logins.Login("ada", Map.of()));
        Thread.sleep(120);
        assertThat(logins.find(token)).as("expired").isNull();
    }

    @Test
    void aTokenInUseStaysAndLoggingOutEndsEveryLoginOfTheUser() throws InterruptedException {
        Logins logins = new Logins(Duration.ofMillis(200));
        String phone = logins.start(new Logins.Login("ada", Map.of()));
        String laptop = logins.start(new Logins.Login("ada", Map.of()));
        String other = logins.start(new Logins.Login("grace", Map.of()));
        for (int i = 0; i < 4; i++) {
            Thread.sleep(80);
            assertThat(logins.find(phone)).as("used within the idle time").isNotNull();
            assertThat(logins.find(laptop)).isNotNull();
            assertThat(logins.find(other)).isNotNull();
        }
        logins.end(phone);
        assertThat(logins.find(laptop)).isNull();
        assertThat(logins.find(other)).isNotNull();
    }

    @Test
    void tokensAreRandomAndUnguessable() {
        Logins logins = new Logins();
        String first = logins.start(new Logins.Login("ada", Map.of()));
        String second = logins.start(new Logins.Login("ada", Map.of()));
        assertThat(first).isNotEqualTo(second).hasSize(43);
        assertThat(logins.find("forged")).isNull();
    }
}
