package dev.gradio4j.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Who may log in with a password, as Gradio's {@code launch(auth=...)}: a fixed list of users, or
 * a function of the user name and password. The list is compared in constant time (digests of
 * equal length, and a comparison even for an unknown user), so that how long a refusal takes
 * tells nothing of a name or a password.
 *
 * @param users   name → password, or empty when {@code check} decides
 * @param check   the app's function, or null when {@code users} decides
 * @param message shown on the login page ({@code auth_message}), or null
 */
public record PasswordAuth(Map<String, byte[]> users, BiPredicate<String, String> check, String message) {
    private static final byte[] NO_USER = digest("\u0000no such user\u0000");

    public PasswordAuth {
        users = Map.copyOf(users);
    }

    /** Auth by a list of users and their passwords. */
    public static PasswordAuth of(Map<String, String> passwords, String message) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        passwords.forEach((user, password) -> digests.put(user, digest(password)));
        return new PasswordAuth(digests, null, message);
    }

    /** Auth by the app's function. */
    public static PasswordAuth of(BiPredicate<String, String> check, String message) {
        return new PasswordAuth(Map.of(), check, message);
    }

    /** Whether {@code user} may log in with {@code password}. */
    public boolean verify(String user, String password) {
        if (check != null) {
            return check.test(user, password);
        }
        byte[] expected = users.get(user);
        boolean same = MessageDigest.isEqual(expected != null ? expected : NO_USER, digest(password));
        return same && expected != null;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
