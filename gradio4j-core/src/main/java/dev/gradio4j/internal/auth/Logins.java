package dev.gradio4j.internal.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logged-in browsers and clients: a random token per login (what the cookie carries), the
 * user it stands for, and when it was last used. A token unused for {@link #IDLE} expires; at
 * most {@link #CAPACITY} are kept, the least recently used going first. Tokens live in memory:
 * a restart logs everyone out, a reload does not.
 *
 * <p>Thread-safe.
 */
public final class Logins {
    static final Duration IDLE = Duration.ofDays(7);
    static final int CAPACITY = 100_000;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Login> byToken = new LinkedHashMap<>(64, 0.75f, true);

    private record Login(String user, long lastUsed) {}

    /** Logs {@code user} in; answers the new token. */
    public synchronized String start(String user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Login(user, System.nanoTime()));
        if (byToken.size() > CAPACITY) {
            Iterator<String> eldest = byToken.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return token;
    }

    /** The user a token stands for, or null for an unknown or expired one. */
    public synchronized String user(String token) {
        if (token == null) {
            return null;
        }
        Login login = byToken.get(token);
        if (login == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - login.lastUsed() > IDLE.toNanos()) {
            byToken.remove(token);
            return null;
        }
        byToken.put(token, new Login(login.user(), now));
        return login.user();
    }

    /** Logs out every login of the user that {@code token} stands for. */
    public synchronized void end(String token) {
        Login login = byToken.remove(token);
        if (login != null) {
            byToken.values().removeIf(other -> other.user().equals(login.user()));
        }
    }
}
