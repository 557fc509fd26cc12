package dev.gradio4j.internal.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logged-in browsers and clients: a random token per login (what the cookie carries), the
 * user it stands for (with the claims of a single sign-on), and when it was last used. A token
 * unused for {@link #IDLE} expires; at most {@link #CAPACITY} are kept, the least recently used
 * going first. Tokens live in memory: a restart logs everyone out, a reload does not.
 *
 * <p>Thread-safe.
 */
public final class Logins {
    static final Duration IDLE = Duration.ofDays(7);
    static final int CAPACITY = 100_000;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> byToken = new LinkedHashMap<>(64, 0.75f, true);
    private final Duration idle;

    public Logins() {
        this(IDLE);
    }

    /** Logins that expire after {@code idle} unused. */
    Logins(Duration idle) {
        this.idle = idle;
    }

    /** Who a login stands for: the user's name, and the claims of the provider that vouched for it (empty for a password). */
    public record Login(String user, Map<String, Object> claims) {}

    private record Entry(Login login, long lastUsed) {}

    /** Logs a user in; answers the new token. */
    public synchronized String start(Login login) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Entry(login, System.nanoTime()));
        if (byToken.size() > CAPACITY) {
            Iterator<String> eldest = byToken.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return token;
    }

    /** The login a token stands for, or null for an unknown or expired one. */
    public synchronized Login find(String token) {
        if (token == null) {
            return null;
        }
        Entry entry = byToken.get(token);
        if (entry == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - entry.lastUsed() > idle.toNanos()) {
            byToken.remove(token);
            return null;
        }
        byToken.put(token, new Entry(entry.login(), now));
        return entry.login();
    }

    /** Logs out every login of the user that {@code token} stands for. */
    public synchronized void end(String token) {
        Entry entry = byToken.remove(token);
        if (entry != null) {
            byToken.values().removeIf(other -> other.login().user().equals(entry.login().user()));
        }
    }
}
