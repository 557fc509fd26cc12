package dev.gradio4j.cli;

import dev.gradio4j.Server;
import dev.gradio4j.internal.reload.ReloadHost;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reload mode's loop: compile the app, load it in a fresh class loader, run its {@code main} with
 * {@code launch()} captured, and serve what it launched: the first time on a new server, then by
 * swapping the new version into that server (sessions, State, uploads, the queue and open pages
 * stay). A version that does not compile or throws while building is reported in the terminal
 * and in the page, and the previous one keeps serving.
 */
final class ReloadSession implements AutoCloseable {
    private static final int WARM_UP_COMPILES = 12;

    private final AppSources sources;
    private final String classpath;
    private final IncrementalBuild build;
    private final ClassLoader libraries;
    private final String[] appArgs;
    private final PrintStream terminal;
    private final ReloadHost host;
    private boolean warmedUp;

    /**
     * @param libraries the app's libraries (a classpath, or null): loaded once for the whole
     *     session, so that their objects, and the classes of kept ones, are the same in every version
     */
    ReloadSession(AppSources sources, String libraries, Integer port, String[] appArgs, PrintStream terminal) {
        this.sources = sources;
        String own = System.getProperty("java.class.path");
        this.classpath = libraries == null || libraries.isBlank() ? own : own + File.pathSeparator + libraries;
        this.build = new IncrementalBuild(new InProcessCompiler(classpath));
        this.libraries = librariesLoader(libraries);
        this.appArgs = appArgs;
        this.terminal = terminal;
        this.host = ReloadHost.install(port);
    }

    /** The server, once the app has launched. */
    Server server() {
        return host.server();
    }

    /** Builds and serves the current sources; answers whether the new version is serving. */
    synchronized boolean reload() {
        long started = System.nanoTime();
        try {
            if (sources.missing() != null) {
                return failed(sources.missing());
            }
            List<Path> files = sources.javaFiles();
            var result = build.build(files);
            if (!result.ok()) {
                return failed(relativize(result.errors()));
            }
            long compiled = System.nanoTime();
            var loader = new AppClassLoader(result.classes(), sources.resourceDirs(), libraries);
            Method main = loader.loadClass(sources.mainClass(result.classes())).getMethod("main", String[].class);
            host.expectLaunch();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                main.invoke(null, (Object) appArgs.clone());
            } finally {
                thread.setContextClassLoader(previous);
            }
            if (!host.launched()) {
                return failed("The app's main returned without calling launch(): end it with blocks.launch().");
            }
            long done = System.nanoTime();
            terminal.printf("Reloaded in %d ms (compiled %d of %d files in %d ms, ran and swapped in %d ms)%n",
                    (done - started) / 1_000_000, result.compiled().size(), files.size(), (compiled - started) / 1_000_000,
                    (done - compiled) / 1_000_000);
            if (!warmedUp) {
                warmedUp = true;
                warmUp();
            }
            return true;
        } catch (InvocationTargetException e) {
            return failed(stackTrace(e.getCause()));
        } catch (Exception | LinkageError e) {
            return failed(stackTrace(e));
        }
    }

    /**
     * Compiles the sources a few more times in the background, on a compiler of its own, so that
     * the JIT has compiled javac before the first save: the first reloads are then as fast as
     * the later ones instead of several times slower.
     */
    private void warmUp() {
        Thread.ofPlatform().daemon().name("gradio4j-compiler-warm-up").priority(Thread.MIN_PRIORITY).start(() -> {
            var spare = new InProcessCompiler(classpath);
            try {
                for (int i = 0; i < WARM_UP_COMPILES; i++) {
                    spare.compile(sources.javaFiles());
                }
            } catch (Exception | LinkageError ignored) {
                // Only a warm-up: the next save compiles for real and reports any problem.
            }
        });
    }

    private static ClassLoader librariesLoader(String libraries) {
        ClassLoader own = ReloadSession.class.getClassLoader();
        if (libraries == null || libraries.isBlank()) {
            return own;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : libraries.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(Path.of(entry).toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException("Not a classpath entry: " + entry, e);
                }
            }
        }
        return new URLClassLoader("gradio4j-libraries", urls.toArray(URL[]::new), own);
    }

    private boolean failed(String message) {
        terminal.println(message);
        terminal.println("The previous version keeps serving; save again to retry.");
        host.reloadFailed(message);
        return false;
    }

    private static String relativize(String text) {
        return text.replace(Path.of("").toAbsolutePath() + "/", "");
    }

    /** The error and its causes, each cut where the reloader called the app: the rest is ours, not the user's. */
    private static String stackTrace(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            out.append(t == error ? "" : "Caused by: ").append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("jdk.internal.reflect.") || frame.getClassName().equals(ReloadSession.class.getName())) {
                    break;
                }
                out.append("\tat ").append(frame).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        host.close();
    }
}
