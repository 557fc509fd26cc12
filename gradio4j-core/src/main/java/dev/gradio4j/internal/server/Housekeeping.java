package dev.gradio4j.internal.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chores a serving app runs in the background, whoever hosts it (our Jetty or a servlet
 * container): dropping idle sessions and unread call results every minute, and old files as the
 * storage settings say.
 */
final class Housekeeping implements AutoCloseable {
    private final ScheduledExecutorService chores = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gradio4j-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    Housekeeping(AppRuntime runtime) {
        chores.scheduleWithFixedDelay(runtime.sessions::evictIdle, 60, 60, TimeUnit.SECONDS);
        chores.scheduleWithFixedDelay(runtime.calls::expire, 60, 60, TimeUnit.SECONDS);
        Storage storage = runtime.settings.storage();
        if (storage.cleanEvery() != null) {
            long every = storage.cleanEvery().toMillis();
            chores.scheduleWithFixedDelay(() -> runtime.deleteOldFiles(storage.cleanAge()), every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        chores.shutdownNow();
    }
}
