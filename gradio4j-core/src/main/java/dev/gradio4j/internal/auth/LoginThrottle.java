package dev.gradio4j.internal.auth;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed logins per client address: after {@link #FAILURES} in a {@link #WINDOW}, the client must
 * wait for the window to pass before trying again, so a password cannot be guessed by trying
 * many, while other clients log in as usual.
 *
 * <p>Thread-safe.
 */
public final class LoginThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private final Map<String, Attempts> byClient = new HashMap<>();

    private record Attempts(int failures, long since) {}

    /** Seconds the client must wait before it may try again, or 0 if it may try now. */
    public synchronized long wait(String client) {
        Attempts attempts = current(client);
        if (attempts == null || attempts.failures() < FAILURES) {
            return 0;
        }
        return Math.max(1, (WINDOW.toNanos() - (System.nanoTime() - attempts.since())) / 1_000_000_000L);
    }

    /** Counts a failed attempt. */
    public synchronized void failed(String client) {
        Attempts attempts = current(client);
        byClient.put(client, attempts == null ? new Attempts(1, System.nanoTime())
                : new Attempts(attempts.failures() + 1, attempts.since()));
        if (byClient.size() > 100_000) {
            byClient.values().removeIf(a -> System.nanoTime() - a.since() > WINDOW.toNanos());
        }
    }

    /** A successful login clears the client's failures. */
    public synchronized void succeeded(String client) {
        byClient.remove(client);
    }

    private Attempts current(String client) {
        Attempts attempts = byClient.get(client);
        if (attempts != null && System.nanoTime() - attempts.since() > WINDOW.toNanos()) {
            byClient.remove(client);
            return null;
        }
        return attempts;
    }
}
