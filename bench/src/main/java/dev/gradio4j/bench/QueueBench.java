package dev.gradio4j.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the server through the queue protocol: cold start, {@code /echo} predictions per second
 * and latency at several numbers of concurrent clients, heap and resident memory, and a long
 * {@code /stream}. Prints Markdown tables for BENCHMARKS.md.
 *
 * <p>Arguments: {@code [clients,clients,...] [seconds per level]}; default {@code 1,16,256 10}.
 */
public final class QueueBench {
    private static final int COLD_STARTS = 3;
    private static final int STREAM_LENGTH = 2000;
    private static final int STREAM_RUNS = 5;
    private static final int[] OFFICIAL_CLIENT_LOOPS = {1, 16, 64};
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private QueueBench() {}

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream((args.length > 0 ? args[0] : "1,16,256").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Duration warmup = Duration.ofSeconds(3);

        List<Long> coldStarts = new ArrayList<>();
        for (int i = 0; i < COLD_STARTS - 1; i++) {
            try (var server = ServerProcess.start()) {
                coldStarts.add(server.coldStartMillis);
            }
        }
        try (var server = ServerProcess.start()) {
            coldStarts.add(server.coldStartMillis);
            var client = new QueueClient(server.url);
            var fn = client.fnIndexes();
            System.out.printf(Locale.ROOT, "cold start, process start -> first GET /config answered: %d ms (median of %d)%n%n",
                    median(coldStarts), COLD_STARTS);
            System.out.printf(Locale.ROOT, "idle: live heap %.1f MiB, resident %.0f MiB%n%n", server.liveHeapMiB(), server.residentMiB()[0]);

            System.out.println("| clients | pred/s | p50 | p99 | heap used (after run, with garbage) | live heap (after full GC) | resident (peak) |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int clients : levels) {
                // A client of its own per level: no pooled connection outlives the server's idle timeout.
                var levelClient = new QueueClient(server.url);
                run(levelClient, fn.get("echo"), clients, warmup);
                Result result = run(levelClient, fn.get("echo"), clients, measure);
                double heap = server.heapUsedMiB();
                double[] resident = server.residentMiB();
                System.out.printf(Locale.ROOT, "| %d | %.0f | %.1f ms | %.1f ms | %.0f MiB | %.1f MiB | %.0f MiB (%.0f MiB) |%n",
                        clients, result.perSecond(), result.percentile(50), result.percentile(99), heap,
                        server.liveHeapMiB(), resident[0], resident[1]);
            }

            officialClient(server, measure);

            String text = "x".repeat(STREAM_LENGTH);
            List<Long> streamMillis = new ArrayList<>();
            QueueClient.Run last = null;
            for (int i = 0; i < STREAM_RUNS + 1; i++) {
                long started = System.nanoTime();
                last = client.predict(fn.get("stream"), List.of(text));
                if (i > 0) {  // the first run warms up
                    streamMillis.add((System.nanoTime() - started) / 1_000_000);
                }
            }
            System.out.printf(Locale.ROOT, "%n/stream of %d one-character updates: last update after %d ms (median of %d); "
                            + "%d updates seen, %.0f bytes per update on the queue stream%n",
                    STREAM_LENGTH, median(streamMillis), STREAM_RUNS, last.updates(), (double) last.updateBytes() / last.updates());
        }
    }

    /**
     * The same {@code /echo} loops driven by the official {@code @gradio/client} from Node, as the
     * anchor figures for Gradio were taken (skipped when {@code bench/js} is not installed).
     */
    static void officialClient(ServerProcess server, Duration measure) throws Exception {
        Path script = Path.of("bench", "js", "client-loops.mjs");
        if (!Files.isDirectory(script.resolveSibling("node_modules"))) {
            System.out.println("\n(official client loops skipped: run `npm ci` in bench/js)");
            return;
        }
        System.out.println("\n| @gradio/client loops | pred/s | p50 | p99 |");
        System.out.println("|---|---|---|---|");
        for (int loops : OFFICIAL_CLIENT_LOOPS) {
            Process node = new ProcessBuilder("node", script.toString(), server.url, Integer.toString(loops),
                    Long.toString(measure.toSeconds())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(node.getInputStream().readAllBytes()).trim();
            if (node.waitFor() != 0) {
                throw new IllegalStateException("client-loops.mjs failed: " + out);
            }
            var result = JSON.readTree(out);
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.1f ms | %.1f ms |%n", loops,
                    result.get("count").asDouble() / result.get("seconds").asDouble(),
                    result.get("p50").asDouble(), result.get("p99").asDouble());
        }
    }

    /** Latencies of every prediction completed within the window, and the window. */
    record Result(long[] nanos, Duration window) {
        double perSecond() {
            return nanos.length / (window.toNanos() / 1e9);
        }

        double percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    /** {@code clients} loops, each predicting one after another for {@code window}. */
    static Result run(QueueClient client, int fnIndex, int clients, Duration window) throws InterruptedException {
        long end = System.nanoTime() + window.toNanos();
        List<List<Long>> perClient = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> latencies = new ArrayList<>();
            perClient.add(latencies);
            String text = "hello " + c;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        var run = client.predict(fnIndex, List.of(text));
                        long finished = System.nanoTime();
                        if (!text.equals(run.output().get("data").get(0).asString())) {
                            throw new IllegalStateException("echo answered " + run.output());
                        }
                        if (finished <= end) {
                            latencies.add(finished - started);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a client failed", failure.get());
        }
        return new Result(perClient.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray(), window);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
