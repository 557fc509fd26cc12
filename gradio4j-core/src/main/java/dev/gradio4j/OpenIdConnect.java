package dev.gradio4j;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Single sign-on with an OpenID Connect provider (Keycloak, Entra ID, Google, Okta, Hugging Face,
 * GitHub through an OIDC bridge...), for {@link Launch#login(OpenIdConnect)}: the app requires a
 * login, and the page offers "Log in with ..." instead of a password form. The provider must
 * know the app's redirect URI, {@code <app URL>/login/callback}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="openIdConnect"}
 *
 * <p>The login is the authorization code flow with PKCE; its state and nonce are checked, and the
 * ID token is verified against the provider's published keys, its issuer and its audience.
 * Handlers read the user's name from {@link Request#username()} and every claim of the ID token
 * from {@link Request#claims()}.
 */
public final class OpenIdConnect {
    private final URI issuer;
    private String clientId;
    private String clientSecret;
    private List<String> scopes = List.of("openid", "profile", "email");
    private List<String> userClaims = List.of("preferred_username", "email", "sub");
    private String name = "single sign-on";

    private OpenIdConnect(URI issuer) {
        this.issuer = issuer;
    }

    /**
     * The provider, by its issuer URL: its configuration is read from
     * {@code <issuer>/.well-known/openid-configuration} at the first login.
     *
     * @throws IllegalArgumentException for a URL that is not http(s)
     */
    public static OpenIdConnect issuer(String issuerUrl) {
        URI uri = URI.create(Objects.requireNonNull(issuerUrl, "issuerUrl").replaceAll("/+$", ""));
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("an issuer is an http(s) URL: " + issuerUrl);
        }
        return new OpenIdConnect(uri);
    }

    /** The app's client id at the provider, and its secret (null for a public client, which PKCE protects). */
    public OpenIdConnect client(String clientId, @Nullable String clientSecret) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret;
        return this;
    }

    /** The scopes asked for; {@code openid profile email} by default ({@code openid} is always asked for). */
    public OpenIdConnect scopes(String... scopes) {
        this.scopes = List.of(scopes);
        return this;
    }

    /** The ID token claims that name the user, the first present wins; {@code preferred_username}, {@code email}, {@code sub} by default. */
    public OpenIdConnect userClaims(String... claims) {
        this.userClaims = List.of(claims);
        return this;
    }

    /** The provider's name on the login button ("Log in with Keycloak"). */
    public OpenIdConnect name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return this;
    }

    URI issuerUri() {
        return issuer;
    }

    String clientId() {
        if (clientId == null) {
            throw new IllegalArgumentException("OpenIdConnect needs the app's client id: .client(id, secret)");
        }
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    List<String> scopeList() {
        return scopes.contains("openid") ? scopes : java.util.stream.Stream.concat(java.util.stream.Stream.of("openid"),
                scopes.stream()).toList();
    }

    List<String> userClaimList() {
        return userClaims;
    }

    String displayName() {
        return name;
    }
}
