package dev.gradio4j.internal.server;

import dev.gradio4j.internal.auth.LoginThrottle;
import dev.gradio4j.internal.auth.Logins;
import dev.gradio4j.internal.auth.OidcLogin;
import dev.gradio4j.internal.auth.PasswordAuth;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Password login, as Gradio's {@code launch(auth=...)}: {@code POST /login} (form fields
 * {@code username} and {@code password}, urlencoded or multipart, as the Python and JS clients
 * send them) sets an HttpOnly, SameSite cookie that stands for the user; {@code GET /logout} ends
 * the user's logins; {@code login_check} and {@code /gradio_api/user} say who is logged in. Every
 * route that is not open requires the cookie ({@link #require}): 401 otherwise.
 *
 * <p>Differences from Gradio: wrong credentials answer 401 (Gradio: 400, which the JS client
 * reports as "Space metadata could not be loaded"), and attempts are limited per client (429
 * with {@code Retry-After}).
 */
final class AuthRoutes {
    /** Where {@link #require} leaves the logged-in user for the routes. */
    static final String USER = "gradio4j.user";
    /** Where {@link #require} leaves the claims a single sign-on vouched for the user with. */
    static final String CLAIMS = "gradio4j.claims";
    private final PasswordAuth auth;
    private final java.util.function.Function<dev.gradio4j.Request, String> fromRequest;
    private final java.util.Set<String> proxies;
    private final OidcLogin oidc;
    private final Logins logins = new Logins();
    private final LoginThrottle throttle = new LoginThrottle();
    private final Origins origins;
    /** Per process, so that two apps on one host (cookies ignore ports) keep their logins apart. */
    private final String cookieName;

    AuthRoutes(AppRuntime runtime) {
        this.auth = runtime.settings.auth();
        this.fromRequest = runtime.settings.authFromRequest();
        this.proxies = java.util.Set.copyOf(runtime.settings.access().trustedProxies());
        this.oidc = runtime.settings.oidc() == null ? null : new OidcLogin(runtime.settings.oidc());
        this.origins = runtime.origins;
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        this.cookieName = "access-token-" + HexFormat.of().formatHex(id);
    }

    boolean enabled() {
        return auth != null || fromRequest != null || oidc != null;
    }

    /** The logged-in user of the request, or null (always null without auth). */
    String user(HttpServletRequest request) {
        Logins.Login login = login(request);
        return login == null ? null : login.user();
    }

    private Logins.Login login(HttpServletRequest request) {
        if (fromRequest != null) {
            // Only a trusted proxy's requests may say who is calling, when proxies are named.
            if (!proxies.isEmpty() && !proxies.contains(request.getRemoteAddr())) {
                return null;
            }
            String user = fromRequest.apply(Submissions.request(request, null));
            return user == null || user.isBlank() ? null : new Logins.Login(user, Map.of());
        }
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(cookieName)) {
                Logins.Login login = logins.find(cookie.getValue());
                if (login != null) {
                    return login;
                }
            }
        }
        return null;
    }

    /**
     * Lets the request through to its route if auth is off or it carries a login, leaving the
     * user in the request's {@link #USER} attribute.
     *
     * @throws HttpError 401 otherwise
     */
    void require(HttpServletRequest request) {
        if (!enabled()) {
            return;
        }
        Logins.Login login = login(request);
        if (login == null) {
            throw new NotAuthenticated(message());
        }
        request.setAttribute(USER, login.user());
        request.setAttribute(CLAIMS, login.claims());
    }

    private String message() {
        return auth != null ? auth.message() : null;
    }

    /** {@code POST /login}. */
    /**
     * Before the page: nothing to do without auth; the login form for a password login; and
     * for a user named by the request (a proxy's), 401 when it names none.
     *
     * @return whether the page should show the login form instead of the app
     */
    boolean pageNeedsLogin(HttpServletRequest request) {
        if (!enabled()) {
            return false;
        }
        String user = user(request);
        if (user == null && fromRequest != null) {
            throw new NotAuthenticated(null);
        }
        return user == null;
    }

    void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (auth == null) {
            response.sendRedirect(origins.rootUrl(request) + "/");
            return;
        }
        String client = origins.clientAddress(request);
        long wait = throttle.wait(client);
        if (wait > 0) {
            throw new HttpError(429, "Too many failed logins from this address; try again in " + wait + " s.", wait);
        }
        Map<String, String> form = form(request);
        String user = form.get("username");
        String password = form.get("password");
        if (user == null || password == null) {
            throw new HttpError(400, "Send the form fields \"username\" and \"password\".");
        }
        if (!auth.verify(user, password)) {
            throttle.failed(client);
            throw new HttpError(401, "Incorrect credentials.");
        }
        throttle.succeeded(client);
        setCookie(new Logins.Login(user, Map.of()), request, response);
        Http.json(response, 200, Map.of("success", true));
    }

    private void setCookie(Logins.Login login, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(cookieName, logins.start(login));
        cookie.setHttpOnly(true);
        cookie.setPath(cookiePath(request));
        cookie.setSecure(origins.rootUrl(request).startsWith("https:"));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The app's path as the browser sees it, so two apps mounted on one host keep their cookies apart. */
    private String cookiePath(HttpServletRequest request) {
        return origins.prefix(request) + "/";
    }

    /** The single sign-on provider's name, or null when there is none. */
    String provider() {
        return oidc == null ? null : oidc.name();
    }

    /** Whether users log in with a password. */
    boolean passwords() {
        return auth != null;
    }

    /** {@code GET /login/oidc}: off to the provider, which sends the browser back to {@code /login/callback}. */
    void startSingleSignOn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (oidc == null) {
            throw new HttpError(404, "This app has no single sign-on.");
        }
        try {
            response.sendRedirect(oidc.start(callback(request)).toString());
        } catch (OidcLogin.LoginFailed e) {
            throw new HttpError(502, e.getMessage());
        }
    }

    /** {@code GET /login/callback}: checks what the provider sent back, logs the user in, back to the page. */
    void finishSingleSignOn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (oidc == null) {
            throw new HttpError(404, "This app has no single sign-on.");
        }
        String error = request.getParameter("error");
        if (error != null) {
            String description = request.getParameter("error_description");
            throw new HttpError(400, "The provider did not log you in: " + error + (description == null ? "" : " (" + description + ")")
                    + ". Go back to the app to try again.");
        }
        try {
            OidcLogin.Identity identity = oidc.finish(request.getParameter("state"), request.getParameter("code"), callback(request));
            setCookie(new Logins.Login(identity.user(), identity.claims()), request, response);
            response.sendRedirect(origins.rootUrl(request) + "/");
        } catch (OidcLogin.LoginFailed e) {
            throw new HttpError(400, e.getMessage());
        }
    }

    private String callback(HttpServletRequest request) {
        return origins.rootUrl(request) + "/login/callback";
    }

    private Map<String, String> form(HttpServletRequest request) throws IOException {
        Map<String, String> form = new HashMap<>();
        String type = request.getContentType();
        try {
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
                for (var part : request.getParts()) {
                    if (part.getSubmittedFileName() == null && part.getSize() <= 4096) {
                        form.put(part.getName(), new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } else {
                request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
            }
        } catch (ServletException | IllegalStateException e) {
            throw new HttpError(400, "Could not read the login form: " + e.getMessage());
        }
        return form;
    }

    /** {@code GET /logout}: ends every login of the user, clears the cookie, back to the page. */
    void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(cookieName)) {
                    logins.end(cookie.getValue());
                }
            }
        }
        Cookie cleared = new Cookie(cookieName, "");
        cleared.setMaxAge(0);
        cleared.setPath(cookiePath(request));
        cleared.setHttpOnly(true);
        response.addCookie(cleared);
        response.sendRedirect(origins.rootUrl(request) + "/");
    }

    /** {@code GET /login_check}: {@code null} when logged in (or no auth), else 401. */
    void check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (enabled() && user(request) == null) {
            throw new NotAuthenticated(message());
        }
        Http.json(response, 200, null);
    }

    /** {@code GET /gradio_api/user}: the logged-in user's name, or {@code null}. */
    void user(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.json(response, 200, user(request));
    }

    /** 401 in Gradio's shape, which the JS client reads its {@code auth_message} from. */
    static final class NotAuthenticated extends HttpError {
        final String authMessage;

        NotAuthenticated(String authMessage) {
            super(401, "Not authenticated");
            this.authMessage = authMessage;
        }
    }
}
