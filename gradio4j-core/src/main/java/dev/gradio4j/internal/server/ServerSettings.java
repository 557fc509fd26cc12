package dev.gradio4j.internal.server;

import dev.gradio4j.Request;
import dev.gradio4j.internal.auth.OidcLogin;
import dev.gradio4j.internal.auth.PasswordAuth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Launch settings, resolved: environment variables and defaults already applied.
 *
 * @param port          the port to try first; 0 for any free port
 * @param exactPort     fail rather than try the next ports when {@code port} is taken
 * @param page          the page's css, js, head and theme
 * @param uploadDir     where uploads and published outputs are kept
 * @param heartbeat     how often idle streams send a heartbeat
 * @param sessionsPerClient the most sessions one client address may hold
 * @param sessionIdle   how long a session with no connection and no activity is kept
 * @param access        which origins, host names and proxies are trusted
 * @param storage       bounds on the files kept
 * @param auth          who may log in, or null when the app is open to all
 * @param authFromRequest the app's function that names the user of a request (behind a proxy), or null
 * @param oidc          the single sign-on provider, or null
 * @param favicon       the app's icon file, or null for gradio4j's logo
 * @param monitoring    {@code /monitoring}: null serves it (Gradio's default), true also prints its URL at launch, false turns it off
 */
public record ServerSettings(String host, int port, boolean exactPort, boolean showError,
                             long maxFileSize, List<Path> allowedPaths, List<Path> blockedPaths,
                             PageOptions page, Path uploadDir, Duration heartbeat,
                             int sessionCapacity, int sessionsPerClient, Duration sessionIdle, boolean quiet,
                             Access access, Storage storage, PasswordAuth auth,
                             Function<Request, String> authFromRequest, OidcLogin.Settings oidc, Path favicon, Boolean monitoring) {
    /** The same settings on another host. */
    public ServerSettings withHost(String host) {
        return new ServerSettings(host, port, exactPort, showError, maxFileSize, allowedPaths, blockedPaths, page,
                uploadDir, heartbeat, sessionCapacity, sessionsPerClient, sessionIdle, quiet, access, storage, auth, authFromRequest, oidc, favicon, monitoring);
    }

    /** The same settings on another port. */
    public ServerSettings withPort(int port) {
        return new ServerSettings(host, port, exactPort, showError, maxFileSize, allowedPaths, blockedPaths, page,
                uploadDir, heartbeat, sessionCapacity, sessionsPerClient, sessionIdle, quiet, access, storage, auth, authFromRequest, oidc, favicon, monitoring);
    }
}
