package dev.gradio4j.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Request;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Password login over HTTP: every route the server registers refuses a request without a login
 * (a matrix over the route table, so a route added later is covered too) except the open ones;
 * a login sets an HttpOnly SameSite cookie that opens them; wrong credentials say only that the
 * login failed; a client that keeps failing is made to wait while others log in; logout ends the
 * login; handlers see the user; one user cannot use another's session.
 */
@Timeout(30)
class AuthTest {
    static Server server;
    static Server byFunction;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = app().launch(Launch.options().port(0).quiet(true).auth("admin", "pass1234").auth("ada", "lovelace")
                .authMessage("Ask the team for an account.").trustedProxies("127.0.0.1"));
        byFunction = app().launch(Launch.options().port(0).quiet(true)
                .auth((user, password) -> password.equals(user + "!")));
    }

    static Blocks app() {
        var text = Gr.textbox().label("text");
        var go = Button.of("go");
        go.click((String s, Request request) -> request.username() + " said " + s, text, Gr.request(), text).apiName("echo");
        var file = Gr.file();
        var size = Button.of("size");
        size.click((java.nio.file.Path path) -> java.nio.file.Files.size(path) + " bytes", file, text).apiName("size");
        return Blocks.of(text, file, go, size).title("Team tools");
    }

    @AfterAll
    static void stop() {
        server.close();
        byFunction.close();
    }

    static HttpResponse<String> send(Server target, String method, String path, String cookie, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(target.url() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> login(Server target, String user, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        all.addAll(List.of(headers));
        return send(target, "POST", "/login", null, form, all.toArray(String[]::new));
    }

    /** The cookie a successful login set, as a browser would send it back. */
    static String cookie(HttpResponse<String> login) {
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void everyRouteButTheOpenOnesRefusesARequestWithoutALogin() throws Exception {
        List<Route> routes = ((GradioServer) server).routes();
        assertThat(routes).hasSizeGreaterThan(20);
        for (Route route : routes) {
            var response = send(server, route.method(), route.example(), null,
                    route.method().equals("POST") ? "{}" : null, "Content-Type", "application/json");
            if (route.path().endsWith("/login_check")) {
                assertThat(response.statusCode()).as("login_check tells a caller it is not logged in").isEqualTo(401);
            } else if (route.open()) {
                assertThat(response.statusCode()).as("%s %s is open", route.method(), route.example()).isNotEqualTo(401);
            } else {
                assertThat(response.statusCode()).as("%s %s", route.method(), route.example()).isEqualTo(401);
                assertThat(response.body()).as("%s %s", route.method(), route.example())
                        .isEqualTo("{\"detail\":{\"error\":\"Not authenticated\",\"auth_message\":\"Ask the team for an account.\"}}");
            }
        }
    }

    /**
     * The page, its assets, the login itself, and what browsers and crawlers ask of any site
     * (robots.txt, the icon, the web app manifest: as Gradio, open, saying nothing but the title).
     */
    @Test
    void theOpenRoutesAreOnlyThePageItsAssetsAndTheLoginItself() {
        List<String> open = ((GradioServer) server).routes().stream().filter(Route::open).map(r -> r.method() + " " + r.path()).toList();
        // The theme and its fonts are open as in Gradio: the login form is drawn with them.
        assertThat(open).containsExactlyInAnyOrder("GET /", "GET /assets/", "GET /theme.css", "GET /gradio_api/theme.css", "GET /static/fonts/",
                "GET /robots.txt", "GET /favicon.ico", "GET /manifest.json",
                "GET /gradio_api/startup-events", "GET /monitoring/", "POST /login", "GET /logout",
                "GET /login_check", "GET /gradio_api/login_check", "GET /gradio_api/user", "GET /login/oidc", "GET /login/callback");
    }

    @Test
    void beforeALoginThePageShowsTheLoginFormAndNothingOfTheApp() throws Exception {
        var page = send(server, "GET", "/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"auth_required\":true").contains("Ask the team for an account.")
                .doesNotContain("\"components\"").doesNotContain("\"dependencies\"");
        String cookie = cookie(login(server, "admin", "pass1234"));
        assertThat(send(server, "GET", "/", cookie, null).body()).contains("\"components\"").doesNotContain("auth_required");
    }

    @Test
    void aLoginSetsAnHttpOnlySameSiteCookieThatOpensTheAppAndTellsHandlersTheUser() throws Exception {
        var login = login(server, "admin", "pass1234");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).isEqualTo("{\"success\":true}");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("access-token-").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/").doesNotContainIgnoringCase("Secure");
        String cookie = cookie(login);
        assertThat(send(server, "GET", "/config", cookie, null).statusCode()).isEqualTo(200);
        assertThat(send(server, "GET", "/gradio_api/login_check", cookie, null).body()).isEqualTo("null");
        assertThat(send(server, "GET", "/gradio_api/user", cookie, null).body()).isEqualTo("\"admin\"");
        var run = send(server, "POST", "/gradio_api/run/echo", cookie, "{\"data\":[\"hi\"]}", "Content-Type", "application/json");
        assertThat(run.body()).contains("admin said hi");
    }

    @Test
    void wrongCredentialsSayOnlyThatTheLoginFailed() throws Exception {
        var wrongPassword = login(server, "admin", "nope", "X-Forwarded-For", "10.1.1.1");
        var wrongUser = login(server, "nobody", "pass1234", "X-Forwarded-For", "10.1.1.1");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(wrongUser.body()).isEqualTo("{\"detail\":\"Incorrect credentials.\"}");
        assertThat(wrongPassword.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send(server, "POST", "/login", null, "username=admin", "Content-Type", "application/x-www-form-urlencoded")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aClientThatKeepsFailingIsMadeToWaitWhileOthersLogIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login(server, "admin", "guess " + i, "X-Forwarded-For", "10.6.6.6").statusCode()).isEqualTo(401);
        }
        var throttled = login(server, "admin", "pass1234", "X-Forwarded-For", "10.6.6.6");
        assertThat(throttled.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(login(server, "admin", "pass1234", "X-Forwarded-For", "10.7.7.7").statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedOrEndedLoginLeadsBackToTheLoginPage() throws Exception {
        assertThat(send(server, "GET", "/config", "access-token-0000=forged", null).statusCode()).isEqualTo(401);
        String cookie = cookie(login(server, "ada", "lovelace"));
        var logout = send(server, "GET", "/logout", cookie, null);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Expires=Thu, 01 Jan 1970");
        assertThat(send(server, "GET", "/config", cookie, null).statusCode()).isEqualTo(401);
        assertThat(send(server, "GET", "/", cookie, null).body()).contains("\"auth_required\":true");
    }

    @Test
    void oneUserCannotUseAnothersSession() throws Exception {
        String admin = cookie(login(server, "admin", "pass1234"));
        String ada = cookie(login(server, "ada", "lovelace"));
        String session = UUID.randomUUID().toString();
        String body = "{\"data\":[\"x\"],\"session_hash\":\"" + session + "\"}";
        assertThat(send(server, "POST", "/gradio_api/run/echo", admin, body, "Content-Type", "application/json").statusCode())
                .isEqualTo(200);
        var stolen = send(server, "POST", "/gradio_api/run/echo", ada, body, "Content-Type", "application/json");
        assertThat(stolen.statusCode()).isEqualTo(403);
        assertThat(stolen.body()).contains("belongs to another user");
    }

    @Test
    void aFunctionMayDecideWhoLogsIn() throws Exception {
        assertThat(login(byFunction, "grace", "grace!").statusCode()).isEqualTo(200);
        assertThat(login(byFunction, "grace", "grace").statusCode()).isEqualTo(401);
    }

    @Test
    void behindAProxyTheRequestNamesTheUserAndOnlyTheTrustedProxyMaySayIt() throws Exception {
        try (Server proxied = app().launch(Launch.options().port(0).quiet(true).trustedProxies("127.0.0.1")
                     .authFromRequest(request -> request.header("X-Forwarded-User")));
             Server elsewhere = app().launch(Launch.options().port(0).quiet(true).trustedProxies("10.9.9.9")
                     .authFromRequest(request -> request.header("X-Forwarded-User")))) {
            String body = "{\"data\":[\"hi\"]}";
            var named = send(proxied, "POST", "/gradio_api/run/echo", null, body, "Content-Type", "application/json",
                    "X-Forwarded-User", "grace");
            assertThat(named.body()).contains("grace said hi");
            assertThat(send(proxied, "GET", "/", null, null, "X-Forwarded-User", "grace").body()).contains("\"components\"");
            assertThat(send(proxied, "POST", "/gradio_api/run/echo", null, body, "Content-Type", "application/json").statusCode())
                    .isEqualTo(401);
            assertThat(send(proxied, "GET", "/", null, null).statusCode()).as("no login form: the proxy logs in").isEqualTo(401);
            assertThat(send(elsewhere, "POST", "/gradio_api/run/echo", null, body, "Content-Type", "application/json",
                    "X-Forwarded-User", "grace").statusCode()).as("not from the trusted proxy").isEqualTo(401);
        }
    }

    @Test
    void oneUsersUploadIsNeitherDownloadableNorUsableByAnother() throws Exception {
        String ada = cookie(login(server, "ada", "lovelace"));
        String admin = cookie(login(server, "admin", "pass1234"));
        String boundary = "auth-test-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"diary.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\ndear diary\r\n--" + boundary + "--\r\n";
        var upload = send(server, "POST", "/gradio_api/upload", ada, multipart, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        String path = upload.body().replaceAll("^\\[\"|\"]$", "");
        String download = "/gradio_api/file=" + path.replace(" ", "%20");
        assertThat(send(server, "GET", download, ada, null).body()).isEqualTo("dear diary");
        var stolen = send(server, "GET", download, admin, null);
        assertThat(stolen.statusCode()).isEqualTo(403);
        assertThat(stolen.body()).contains("uploaded by another user");
        String input = "{\"data\":[{\"path\":\"" + path + "\",\"meta\":{\"_type\":\"gradio.FileData\"}}]}";
        assertThat(send(server, "POST", "/gradio_api/run/size", ada, input, "Content-Type", "application/json").body())
                .contains("10 bytes");
        var used = send(server, "POST", "/gradio_api/run/size", admin, input, "Content-Type", "application/json");
        assertThat(used.statusCode()).isNotEqualTo(200);
        assertThat(used.body()).contains("uploaded by another user");
    }
}
