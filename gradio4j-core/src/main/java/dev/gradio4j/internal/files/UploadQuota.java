package dev.gradio4j.internal.files;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How many bytes each client has uploaded in the current hour, so that one client cannot fill
 * the disk: an hour's allowance, counted in fixed windows.
 *
 * <p>Thread-safe.
 */
public final class UploadQuota {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final long bytesPerWindow;
    private final Map<String, Long> used = new HashMap<>();
    private long windowStart = System.nanoTime();

    public UploadQuota(long bytesPerWindow) {
        this.bytesPerWindow = bytesPerWindow;
    }

    /**
     * Counts {@code bytes} against {@code client}'s allowance.
     *
     * @return the seconds until the allowance renews if it is used up (nothing counted), else 0
     */
    public synchronized long take(String client, long bytes) {
        long now = System.nanoTime();
        if (now - windowStart > WINDOW.toNanos()) {
            used.clear();
            windowStart = now;
        }
        long total = used.getOrDefault(client, 0L) + bytes;
        if (total > bytesPerWindow) {
            return Math.max(1, (WINDOW.toNanos() - (now - windowStart)) / 1_000_000_000L);
        }
        used.put(client, total);
        return 0;
    }
}
