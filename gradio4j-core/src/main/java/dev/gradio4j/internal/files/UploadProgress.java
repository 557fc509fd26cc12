package dev.gradio4j.internal.files;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each upload that named an {@code upload_id} has received so far, for Gradio's
 * {@code upload_progress} stream: the bytes of each file as it is stored, then the end. Only the
 * uploader (the {@code owner} key the route gives: its login and address) can watch an upload;
 * anyone else is told that there is no such upload.
 *
 * <p>An upload is forgotten when its watcher saw the end, or {@link #KEPT} after it ended when
 * nobody watches it; at most {@link #MAX_TRACKED} are kept, the oldest going first, so that a
 * client that never watches cannot fill the memory.
 *
 * <p>Threading: every method is safe to call from any thread; {@link Watch#next} blocks its
 * caller (a request's virtual thread) until there is news.
 */
public final class UploadProgress {
    static final Duration KEPT = Duration.ofMinutes(1);
    static final int MAX_TRACKED = 10_000;

    /** One message of the stream: {@code bytes} more of {@code file}, or the end when {@code file} is null. */
    public record News(String file, long bytes) {
        public boolean done() {
            return file == null;
        }
    }

    private static final class Upload {
        final String owner;
        final ArrayDeque<News> news = new ArrayDeque<>();
        boolean done;
        long endedAt;

        Upload(String owner) {
            this.owner = owner;
        }
    }

    private final Map<String, Upload> uploads = new LinkedHashMap<>();

    /**
     * Starts tracking an upload.
     *
     * @return false when another owner's upload already has this id (the upload goes on, untracked)
     */
    public synchronized boolean start(String uploadId, String owner) {
        forgetOld(System.nanoTime());
        Upload existing = uploads.get(uploadId);
        if (existing != null) {
            return existing.owner.equals(owner);
        }
        uploads.put(uploadId, new Upload(owner));
        notifyAll();
        return true;
    }

    /** {@code bytes} more of {@code file} were received. */
    public synchronized void received(String uploadId, String file, long bytes) {
        Upload upload = uploads.get(uploadId);
        if (upload != null) {
            upload.news.add(new News(Objects.requireNonNull(file), bytes));
            notifyAll();
        }
    }

    /** The upload ended (stored, or failed: either way nothing more comes). */
    public synchronized void ended(String uploadId) {
        Upload upload = uploads.get(uploadId);
        if (upload != null && !upload.done) {
            upload.done = true;
            upload.endedAt = System.nanoTime();
            notifyAll();
        }
    }

    /**
     * Watches an upload of {@code owner}'s, waiting up to {@code wait} for it to start (the page
     * opens the stream as it sends the upload, so either may come first).
     *
     * @return the watch, or null when no upload of that id and owner started in time
     */
    public synchronized Watch watch(String uploadId, String owner, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Upload upload;
        while ((upload = uploads.get(uploadId)) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return upload.owner.equals(owner) ? new Watch(uploadId, upload) : null;
    }

    /** The news of one upload, in order, ending with the end. */
    public final class Watch {
        private final String uploadId;
        private final Upload upload;

        private Watch(String uploadId, Upload upload) {
            this.uploadId = uploadId;
            this.upload = upload;
        }

        /**
         * The next news, the bytes of one file received since the last call added up; null when
         * {@code timeout} passed with none (time for a heartbeat). After the end, the upload is
         * forgotten.
         */
        public News next(Duration timeout) throws InterruptedException {
            synchronized (UploadProgress.this) {
                long deadline = System.nanoTime() + timeout.toNanos();
                while (upload.news.isEmpty() && !upload.done) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    UploadProgress.this.wait(Math.max(1, left / 1_000_000));
                }
                if (upload.news.isEmpty()) {
                    uploads.remove(uploadId, upload);
                    return new News(null, 0);
                }
                News first = upload.news.poll();
                long bytes = first.bytes();
                while (!upload.news.isEmpty() && upload.news.peek().file().equals(first.file())) {
                    bytes += upload.news.poll().bytes();
                }
                return new News(first.file(), bytes);
            }
        }

        /** The watcher went away: nothing more will be read. */
        public void close() {
            synchronized (UploadProgress.this) {
                if (upload.done) {
                    uploads.remove(uploadId, upload);
                }
            }
        }
    }

    private void forgetOld(long now) {
        for (Iterator<Upload> it = uploads.values().iterator(); it.hasNext(); ) {
            Upload upload = it.next();
            if (uploads.size() >= MAX_TRACKED || (upload.done && now - upload.endedAt > KEPT.toNanos())) {
                it.remove();
            }
        }
    }
}
