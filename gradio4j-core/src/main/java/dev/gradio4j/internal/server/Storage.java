package dev.gradio4j.internal.server;

import java.time.Duration;

/**
 * Bounds on the files the server keeps, resolved from the launch options.
 *
 * @param maxStoredBytes        the most bytes of uploads and outputs kept at once
 * @param uploadBytesPerHour    the most bytes one client may upload in an hour
 * @param cleanEvery            how often old files are deleted, or null never (Gradio's {@code delete_cache})
 * @param cleanAge              the age from which a file is deleted
 */
public record Storage(long maxStoredBytes, long uploadBytesPerHour, Duration cleanEvery, Duration cleanAge) {
    public static final Storage DEFAULT = new Storage(10L << 30, 2L << 30, null, null);
}
