package dev.gradio4j.internal.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gradio4j.internal.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenID Connect login: the authorization code flow with PKCE. {@link #start} makes the
 * provider's authorization URL with a fresh state, nonce and code challenge, remembered for
 * {@link #PENDING_FOR}; {@link #finish} checks the state, exchanges the code (with the verifier
 * and the client's secret), and verifies the ID token's signature against the provider's keys,
 * its issuer, audience, expiry and nonce, before it names the user.
 *
 * <p>Thread-safe.
 */
public final class OidcLogin {
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final int MAX_PENDING = 10_000;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    /** What the app's launch options say of the provider. */
    public record Settings(URI issuer, String clientId, String clientSecret, List<String> scopes, List<String> userClaims,
                           String name) {}

    /** Who logged in: the user's name, and every claim of the ID token. */
    public record Identity(String user, Map<String, Object> claims) {}

    /** The login could not be finished; the message says why, for the user. */
    public static final class LoginFailed extends Exception {
        LoginFailed(String message) {
            super(message, null, false, false);
        }
    }

    private record Provider(URI authorization, URI token, String issuer, JWKSource<SecurityContext> keys) {}

    private record Pending(String nonce, String verifier, long createdAt) {}

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private volatile Provider provider;

    public OidcLogin(Settings settings) {
        this.settings = settings;
    }

    /** The provider's name, for the login button. */
    public String name() {
        return settings.name();
    }

    /** The provider's authorization URL for a new login that comes back to {@code redirectUri}. */
    public URI start(String redirectUri) throws LoginFailed {
        Provider known = provider();
        String state = token();
        String nonce = token();
        String verifier = token();
        synchronized (pending) {
            pending.put(state, new Pending(nonce, verifier, System.nanoTime()));
            if (pending.size() > MAX_PENDING) {
                Iterator<String> eldest = pending.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", settings.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String separator = known.authorization().getRawQuery() == null ? "?" : "&";
        return URI.create(known.authorization() + separator + form(query));
    }

    /**
     * Finishes the login the provider sent back to {@code redirectUri} with {@code state} and
     * {@code code}.
     *
     * @throws LoginFailed for an unknown or expired state, a refused code, or an ID token that
     *                     does not verify
     */
    public Identity finish(String state, String code, String redirectUri) throws LoginFailed {
        Pending started;
        synchronized (pending) {
            started = state == null ? null : pending.remove(state);
        }
        if (started == null || System.nanoTime() - started.createdAt() > PENDING_FOR.toNanos()) {
            throw new LoginFailed("This login is unknown or expired (its state does not match one this app started): log in again.");
        }
        if (code == null || code.isBlank()) {
            throw new LoginFailed("The provider sent no authorization code: log in again.");
        }
        Provider known = provider();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("client_id", settings.clientId());
        body.put("code_verifier", started.verifier());
        var request = HttpRequest.newBuilder(known.token()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)));
        if (settings.clientSecret() != null) {
            String basic = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        Map<?, ?> tokens = json(send(request.build(), "exchange the authorization code"));
        if (!(tokens.get("id_token") instanceof String idToken)) {
            throw new LoginFailed("The provider answered the code without an ID token (is the scope 'openid' allowed?).");
        }
        JWTClaimsSet claims = verify(idToken, started.nonce(), known);
        Map<String, Object> all = claims.getClaims();
        for (String name : settings.userClaims()) {
            if (all.get(name) instanceof String user && !user.isBlank()) {
                return new Identity(user, Map.copyOf(claims.toJSONObject()));
            }
        }
        throw new LoginFailed("The ID token names no user (none of the claims " + settings.userClaims() + ").");
    }

    private JWTClaimsSet verify(String idToken, String nonce, Provider known) throws LoginFailed {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, known.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(known.issuer()).claim("nonce", nonce).build(), Set.of("sub", "iat", "exp")));
        try {
            return processor.process(idToken, null);
        } catch (Exception e) {
            throw new LoginFailed("The provider's ID token was refused: " + e.getMessage());
        }
    }

    /** The provider's endpoints and keys, read from its discovery document once. */
    private Provider provider() throws LoginFailed {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        URI discovery = URI.create(settings.issuer() + "/.well-known/openid-configuration");
        Map<?, ?> document = json(send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(20)).GET().build(),
                "read its configuration at " + discovery));
        // A configuration that names another issuer is someone else's (OpenID Connect Discovery, 4.3).
        if (!settings.issuer().toString().equals(String.valueOf(document.get("issuer")).replaceAll("/+$", ""))) {
            throw new LoginFailed("The provider's configuration at " + discovery + " names another issuer ("
                    + document.get("issuer") + "): check the issuer URL.");
        }
        try {
            known = new Provider(URI.create((String) document.get("authorization_endpoint")),
                    URI.create((String) document.get("token_endpoint")), (String) document.get("issuer"),
                    JWKSourceBuilder.create(URI.create((String) document.get("jwks_uri")).toURL()).build());
        } catch (RuntimeException | java.net.MalformedURLException e) {
            throw new LoginFailed("The provider's configuration at " + discovery + " lacks an endpoint: " + e.getMessage());
        }
        provider = known;
        return known;
    }

    private String send(HttpRequest request, String what) throws LoginFailed {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoginFailed("The provider refused to " + what + " (status " + response.statusCode() + "): "
                        + abbreviate(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new LoginFailed("The provider could not be reached to " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("The login was interrupted.");
        }
    }

    private static Map<?, ?> json(String text) throws LoginFailed {
        try {
            if (JsonCodec.parse(text) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (JsonCodec.MalformedJsonException e) {
            // reported below
        }
        throw new LoginFailed("The provider answered something that is not a JSON object: " + abbreviate(text));
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
