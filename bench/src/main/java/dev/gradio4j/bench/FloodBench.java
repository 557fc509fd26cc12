package dev.gradio4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client floods the server as fast as it can, for a while (the victim, another user, comes
 * from an address of its own, through the local proxy the app trusts): {@code /call} results it never
 * reads (a megabyte each), a new session per request, and uploads. Meanwhile the server's live
 * heap (after a full collection) is sampled every 10 s, and a victim's session State is checked
 * before and after. Prints a Markdown table for BENCHMARKS.md and fails when the live heap passes
 * {@link #LIVE_HEAP_BOUND_MIB} or the victim's State was lost. The app runs with the JVM option the
 * README recommends for serving ({@link SideBySide#BOUNDED}), and at most 512 MiB of heap.
 *
 * <p>Arguments: {@code [seconds]}, default 60.
 */
public final class FloodBench {
    /** The live heap the server must stay under while flooded, default settings. */
    static final double LIVE_HEAP_BOUND_MIB = 200;
    private static final int LOOPS_PER_KIND = 4;
    private static final int UPLOAD_BYTES = 256 * 1024;

    private FloodBench() {}

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        Path uploads = Files.createTempDirectory("gradio4j-flood");
        // Served as the README recommends (the young generation bounded), in the heap that unread
        // results once overflowed at their 52nd megabyte.
        List<String> jvm = new ArrayList<>(SideBySide.BOUNDED);
        jvm.addAll(List.of("-Xmx512m", "-Djava.io.tmpdir=" + uploads));
        try (var server = ServerProcess.start(FloodApp.class, jvm);
             var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            String victim = UUID.randomUUID().toString();
            double before = count(http, server.url, victim);
            Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
            long end = System.nanoTime() + length.toNanos();
            List<Thread> loops = new ArrayList<>();
            for (int i = 0; i < LOOPS_PER_KIND; i++) {
                loops.add(loop("unread /call result", answers, end, () -> post(http, server.url + "/gradio_api/call/big",
                        "{\"data\":[\"flood\"]}")));
                loops.add(loop("new session", answers, end, () -> post(http, server.url + "/gradio_api/run/count",
                        "{\"data\":[],\"session_hash\":\"" + UUID.randomUUID() + "\"}")));
                loops.add(loop("upload", answers, end, () -> upload(http, server.url)));
            }
            List<Double> liveHeap = new ArrayList<>();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                liveHeap.add(server.liveHeapMiB());
            }
            for (Thread loop : loops) {
                loop.join();
            }
            double after = count(http, server.url, victim);
            double peak = liveHeap.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            System.out.printf(Locale.ROOT, "%d s flood, %d loops of each kind from one client%n%n", length.toSeconds(), LOOPS_PER_KIND);
            System.out.println("| request | status | count |");
            System.out.println("|---|---|---|");
            answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %,d |%n", e.getKey().replace(" -> ", " | "), e.getValue().get()));
            System.out.printf(Locale.ROOT, "%nlive heap every 10 s (MiB, after a full GC): %s; peak %.1f MiB (bound %.0f MiB); "
                            + "resident peak %.0f MiB%n", liveHeap.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(),
                    peak, LIVE_HEAP_BOUND_MIB, server.residentMiB()[1]);
            System.out.printf(Locale.ROOT, "the victim's counter: %.0f before, %.0f after (kept: %s)%n", before, after, after == before + 1);
            if (peak > LIVE_HEAP_BOUND_MIB || after != before + 1) {
                throw new IllegalStateException("the flood passed a bound: live heap " + peak + " MiB, victim " + before + " -> " + after);
            }
        } finally {
            try (var files = Files.walk(uploads)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        int status() throws Exception;
    }

    private static Thread loop(String kind, Map<String, AtomicLong> answers, long end, Call call) {
        return Thread.ofVirtual().start(() -> {
            while (System.nanoTime() < end) {
                String key;
                try {
                    key = kind + " -> " + call.status();
                } catch (Exception e) {
                    key = kind + " -> " + e.getClass().getSimpleName();
                }
                answers.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            }
        });
    }

    private static int post(HttpClient http, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int upload(HttpClient http, String url) throws Exception {
        String boundary = "flood-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"flood.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[UPLOAD_BYTES];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(content);   // no two alike: no shared folder
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url + "/gradio_api/upload"))
                .header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static double count(HttpClient http, String url, String session) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/gradio_api/run/count"))
                .header("content-type", "application/json").header("X-Forwarded-For", "10.0.0.1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":[],\"session_hash\":\"" + session + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body()).get("data").get(1).asDouble();
    }
}
