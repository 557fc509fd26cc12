package dev.gradio4j.internal.server;

import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.log.ConsoleLogging;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.IOException;
import java.util.function.Function;

/**
 * Serves an app from a servlet container (Tomcat, Jetty, Spring Boot's), under a path of the
 * container's context: the Jakarta twin of Gradio's {@code mount_gradio_app}. The container
 * listens and owns the threads; the app keeps its own queue, sessions and files, and ends when
 * the container destroys its servlet.
 */
public final class ServletMount {
    private ServletMount() {}

    /**
     * Registers the app as a servlet of {@code context} at {@code path} ({@code ""} or {@code "/"}
     * for the context's root, else {@code "/demo"}).
     *
     * @throws IllegalArgumentException for a path that is not {@code /name[/name...]}
     * @throws IllegalStateException    when an app is already mounted there, or the app does not compile
     */
    public static ServletRegistration.Dynamic mount(ServletContext context, String path,
                                                    Function<ValueContext, AppModel> compiler, ServerSettings settings) {
        String mount = normalise(path);
        ConsoleLogging.installIfNoProvider();
        // The container decides where it listens; the loopback-only Host check of our own
        // server would refuse every name the container is reached by.
        ServerSettings mounted = settings.withHost("0.0.0.0");
        AppRuntime runtime;
        try {
            runtime = new AppRuntime(mounted, compiler, false);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the upload directory " + settings.uploadDir() + ": " + e.getMessage(), e);
        }
        Housekeeping housekeeping = new Housekeeping(runtime);
        GradioServlet servlet = new GradioServlet(runtime, () -> {
            housekeeping.close();
            runtime.close();
        });
        ServletRegistration.Dynamic registration = context.addServlet("gradio4j" + (mount.isEmpty() ? "/" : mount), servlet);
        if (registration == null) {
            housekeeping.close();
            runtime.close();
            throw new IllegalStateException("An app is already mounted at " + (mount.isEmpty() ? "/" : mount)
                    + " in this servlet context.");
        }
        registration.addMapping(mount + "/*");
        registration.setMultipartConfig(GradioServlet.multipartConfig(mounted));
        registration.setLoadOnStartup(1);
        return registration;
    }

    private static String normalise(String path) {
        String trimmed = path == null ? "" : path.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty() && !trimmed.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException("mount an app at \"/\" or at a path such as \"/demo\", not \"" + path + "\"");
        }
        return trimmed;
    }
}
