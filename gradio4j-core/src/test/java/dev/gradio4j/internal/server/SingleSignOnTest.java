package dev.gradio4j.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.OpenIdConnect;
import dev.gradio4j.Request;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Single sign-on against a real OpenID Connect provider started here (mock-oauth2-server, which
 * issues signed ID tokens, checks PKCE and echoes the nonce): the authorization code flow logs the
 * user in and hands the ID token's claims to handlers; a callback with a state the app did not
 * start, a replayed one, the provider's refusal, and an ID token for another audience are each
 * refused with what happened.
 */
@Timeout(30)
class SingleSignOnTest {
    static MockOAuth2Server provider;
    static Server app;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        provider = new MockOAuth2Server();
        provider.start(0);
        var text = Gr.textbox();
        var go = Button.of("go");
        go.click((String s, Request request) -> request.username() + " <" + request.claims().get("email") + ">", text, Gr.request(), text)
                .apiName("whoami");
        app = Blocks.of(text, go).title("Team tools").launch(Launch.options().port(0).quiet(true)
                .login(OpenIdConnect.issuer(provider.issuerUrl("team").toString()).client("gradio-app", "s3cret").name("Team SSO")));
    }

    @AfterAll
    static void stop() {
        app.close();
        provider.shutdown();
    }

    static HttpResponse<String> get(String url, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Goes to the provider and back, as a browser follows the redirects; answers the callback's answer. */
    static HttpResponse<String> logIn() throws Exception {
        String authorize = location(get(app.url() + "/login/oidc", null));
        String callback = location(get(authorize, null));
        assertThat(callback).startsWith(app.url() + "/login/callback?");
        return get(callback, null);
    }

    @Test
    void theLoginPageOffersTheProviderAndNothingOfTheApp() throws Exception {
        var page = get(app.url() + "/", null);
        assertThat(page.body()).contains("\"auth_required\":true").contains("\"sso_login\":\"Team SSO\"")
                .contains("\"password_login\":false").doesNotContain("\"components\"");
        assertThat(get(app.url() + "/config", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theAuthorizationRequestCarriesStateNonceAndAPkceChallenge() throws Exception {
        URI authorize = URI.create(location(get(app.url() + "/login/oidc", null)));
        assertThat(authorize.toString()).startsWith(provider.issuerUrl("team").toString());
        assertThat(authorize.getQuery()).contains("response_type=code").contains("client_id=gradio-app")
                .contains("redirect_uri=" + app.url() + "/login/callback").contains("state=").contains("nonce=")
                .contains("code_challenge_method=S256").contains("scope=openid+profile+email");
    }

    @Test
    void aLoginThroughTheProviderOpensTheAppAndHandlersSeeTheClaims() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("team", "ada", "JWT", null,
                Map.of("preferred_username", "ada", "email", "ada@example.com")));
        var callback = logIn();
        assertThat(location(callback)).isEqualTo(app.url() + "/");
        String cookie = callback.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(get(app.url() + "/gradio_api/user", cookie).body()).isEqualTo("\"ada\"");
        var run = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/gradio_api/run/whoami")).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"data\":[\"x\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(run.body()).contains("ada <ada@example.com>");
    }

    @Test
    void aCallbackWithAStateTheAppDidNotStartOrAReplayedOneIsRefused() throws Exception {
        String authorize = location(get(app.url() + "/login/oidc", null));
        String callback = location(get(authorize, null));
        var forged = get(callback.replaceAll("state=[^&]+", "state=forged"), null);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("unknown or expired");
        assertThat(get(callback, null).statusCode()).as("the real one still works once").isEqualTo(302);
        assertThat(get(callback, null).statusCode()).as("but not twice").isEqualTo(400);
    }

    @Test
    void theProvidersRefusalIsShownWithItsReason() throws Exception {
        var refused = get(app.url() + "/login/callback?error=access_denied&error_description=The+user+said+no", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("access_denied").contains("The user said no");
    }

    @Test
    void anIdTokenSignedWithKeysOtherThanTheProvidersIsRefused() throws Exception {
        // A provider whose discovery document names another issuer's keys: its ID tokens do not verify.
        String team = provider.issuerUrl("team").toString().replaceAll("/$", "");
        String document = http.send(HttpRequest.newBuilder(URI.create(team + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(team + "/jwks", provider.issuerUrl("stranger") + "jwks");
        var discovery = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + discovery.getAddress().getPort();
        discovery.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] bytes = document.replace("\"" + team + "\"", "\"" + issuer + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        discovery.start();
        try (Server misled = Blocks.of(Gr.textbox()).launch(Launch.options().port(0).quiet(true)
                .login(OpenIdConnect.issuer(issuer).client("gradio-app", "s3cret")))) {
            String authorize = location(get(misled.url() + "/login/oidc", null));
            var callback = get(location(get(authorize, null)), null);
            assertThat(callback.statusCode()).isEqualTo(400);
            assertThat(callback.body()).contains("ID token was refused").contains("no matching key");
            assertThat(callback.headers().firstValue("Set-Cookie")).isEmpty();
        } finally {
            discovery.stop(0);
        }
    }

    @Test
    void anIdTokenWithAnotherLoginsNonceIsRefused() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("team", "mallory", "JWT", null, Map.of("nonce", "a-replayed-nonce")));
        var callback = logIn();
        assertThat(callback.statusCode()).isEqualTo(400);
        assertThat(callback.body()).contains("ID token was refused").contains("nonce");
    }
}
