package dev.gradio4j.internal.server;

import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.KeyInheritance;
import dev.gradio4j.internal.files.FileStore;
import dev.gradio4j.internal.files.StoredFiles;
import dev.gradio4j.internal.files.UploadProgress;
import dev.gradio4j.internal.files.UploadQuota;
import dev.gradio4j.internal.queue.EventQueue;
import dev.gradio4j.internal.queue.EventRunner;
import dev.gradio4j.internal.session.SessionStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a serving app shares across requests: the compiled app (swappable, for reload),
 * sessions, the queue, files, and the settings. Routes read it; none of them own state.
 */
final class AppRuntime implements AutoCloseable {
    final ServerSettings settings;
    final FileStore files;
    final UploadQuota uploads;
    final UploadProgress uploadProgress = new UploadProgress();
    final SessionStore sessions;
    final EventQueue queue;
    final EventRunner runner;
    final CallResults calls = new CallResults();
    final Origins origins;
    /** News for pages under the reloader; null when the app runs on its own. */
    final DevEvents devEvents;
    private volatile AppModel app;
    private volatile PageOptions page;

    AppRuntime(ServerSettings settings, java.util.function.Function<ValueContext, AppModel> compiler, boolean devMode)
            throws IOException {
        this.settings = settings;
        this.origins = new Origins(settings.host(), settings.access());
        this.devEvents = devMode ? new DevEvents() : null;
        this.page = settings.page();
        this.files = new FileStore(settings.uploadDir(), settings.allowedPaths(), settings.blockedPaths(), settings.maxFileSize(),
                settings.storage().maxStoredBytes());
        this.uploads = new UploadQuota(settings.storage().uploadBytesPerHour());
        this.sessions = new SessionStore(settings.sessionCapacity(), settings.sessionsPerClient(), settings.sessionIdle());
        this.runner = new EventRunner(event -> new StoredFiles(files, event.rootUrl(), event.request().username()),
                settings.showError());
        this.queue = new EventQueue(runner);
        swap(compiler.apply(new StoredFiles(files, "", null)));
    }

    AppModel app() {
        return app;
    }

    /**
     * Serves a new version of the app; sessions, queue and files stay, and events waiting in the
     * queue will run the new version's function of the same api name.
     */
    void swap(AppModel next) {
        if (app != null) {
            next = KeyInheritance.apply(app, next);
        }
        this.app = next;
        queue.maxSize(next.maxQueueSize());
        queue.repoint(next);
    }

    /** Page-level config fields that come from the launch settings. */
    Map<String, Object> pageSettings() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("css", this.page.css());
        page.put("js", this.page.js());
        page.put("head", this.page.head());
        page.put("theme", this.page.theme());
        page.put("show_error", settings.showError());
        page.put("max_file_size", settings.maxFileSize());
        page.put("dev_mode", devEvents != null);
        return page;
    }

    /** The page's CSS, JavaScript and head markup. */
    PageOptions page() {
        return page;
    }

    /** A reloaded app's own CSS, JavaScript and head markup. */
    void page(PageOptions options) {
        this.page = options;
    }

    /** Deletes stored files older than {@code age}; a failure is logged, and the next round tries again. */
    void deleteOldFiles(java.time.Duration age) {
        try {
            files.deleteOlderThan(age);
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppRuntime.class).warn("Could not delete old files: {}", e.toString());
        }
    }

    @Override
    public void close() {
        queue.close();
    }
}
