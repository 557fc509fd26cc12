package dev.gradio4j.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * gradio4j and the real Gradio measured in one run: the same app on both ({@link BenchApp} and its
 * Python twin), the same clients, in interleaved rounds, each server a fresh process. Per server
 * and round: cold start, resident memory idle, {@code @gradio/client} loops at 1, 16 and 64 (with
 * the server's CPU time per prediction), the raw {@code /call} route at 16 loops, a 2,000-update
 * stream, and the peak resident memory once the 64 loops ran. Prints the medians over the rounds,
 * and their ratios, as a Markdown table for BENCHMARKS.md. gradio4j runs twice per round: on the
 * JVM's default settings, and with its young generation bounded ({@link #BOUNDED}), the setting
 * the README recommends for serving.
 *
 * <p>Arguments: {@code PYTHON [rounds] [seconds per level]}, where PYTHON is the Python of an
 * environment with the pinned Gradio; default 2 rounds of 10 s.
 */
public final class SideBySide {
    private static final int[] LOOPS = {1, 16, 64};
    private static final int CALL_LOOPS = 16;
    private static final int STREAM_LENGTH = 2000;
    private static final int STREAM_RUNS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** G1 sizes the young generation from the default maximum heap (a quarter of the RAM); this bounds it. */
    static final List<String> BOUNDED = List.of("-XX:MaxNewSize=32m");

    /** The servers measured, in the order of a round. */
    private enum Server {
        GRADIO4J("gradio4j"), GRADIO4J_BOUNDED("gradio4j, " + String.join(" ", BOUNDED)), GRADIO("Gradio 6.31");

        final String title;

        Server(String title) {
            this.title = title;
        }

        ServerProcess start(Path python) throws Exception {
            return switch (this) {
                case GRADIO4J -> ServerProcess.start();
                case GRADIO4J_BOUNDED -> ServerProcess.start(BOUNDED);
                case GRADIO -> ServerProcess.startGradio(python);
            };
        }
    }

    private SideBySide() {}

    /** Each server's values of each measure, in the order they were taken. */
    private static final class Table {
        final Map<Server, Map<String, List<Double>>> values = new java.util.EnumMap<>(Server.class);

        void add(Server server, String measure, double value) {
            values.computeIfAbsent(server, s -> new LinkedHashMap<>()).computeIfAbsent(measure, m -> new ArrayList<>()).add(value);
        }

        List<Double> of(Server server, String measure) {
            return values.get(server).get(measure);
        }
    }

    public static void main(String[] args) throws Exception {
        Path python = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Table table = new Table();
        for (int round = 0; round < rounds; round++) {
            // Interleaved: every other round runs the servers in reverse, so drift in the
            // machine's load falls on all alike.
            List<Server> order = new ArrayList<>(List.of(Server.values()));
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Server server : order) {
                System.err.printf("round %d: %s%n", round + 1, server.title);
                try (var process = server.start(python)) {
                    measure(process, server, window, table);
                }
            }
        }
        print(table, rounds, window);
    }

    private static void measure(ServerProcess server, Server ours, Duration window, Table table) throws Exception {
        table.add(ours, "cold start (ms)", server.coldStartMillis);
        Thread.sleep(2000);
        table.add(ours, "resident idle (MiB)", server.residentMiB()[0]);
        for (int loops : LOOPS) {
            long cpu = server.cpuMillis();
            JsonNode result = clientLoops(server.url, loops, window);
            long used = server.cpuMillis() - cpu;
            table.add(ours, "@gradio/client x" + loops + " (pred/s)", result.get("count").asDouble() / window.toSeconds());
            table.add(ours, "@gradio/client x" + loops + " p50 (ms)", result.get("p50").asDouble());
            table.add(ours, "server CPU per prediction x" + loops + " (ms)", (double) used / result.get("total").asDouble());
        }
        table.add(ours, "resident peak after x64 (MiB)", server.residentMiB()[1]);
        table.add(ours, "raw /call x" + CALL_LOOPS + " (pred/s)", callLoops(server.url, window));
        table.add(ours, "2,000-update stream, last update (ms)", stream(server.url));
    }

    private static JsonNode clientLoops(String url, int loops, Duration window) throws Exception {
        Process node = new ProcessBuilder("node", "bench/js/client-loops.mjs", url, Integer.toString(loops),
                Long.toString(window.toSeconds())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes()).trim();
        if (node.waitFor() != 0) {
            throw new IllegalStateException("client-loops.mjs failed: " + out);
        }
        return JSON.readTree(out);
    }

    /** Predictions per second of {@code /call/echo}, {@link #CALL_LOOPS} loops, after a 2 s warm-up. */
    private static double callLoops(String url, Duration window) throws Exception {
        var client = new QueueClient(url);
        callFor(client, Duration.ofSeconds(2));
        return callFor(client, window) / (double) window.toSeconds();
    }

    private static long callFor(QueueClient client, Duration window) throws Exception {
        long end = System.nanoTime() + window.toNanos();
        AtomicLong done = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> loops = new ArrayList<>();
        for (int i = 0; i < CALL_LOOPS; i++) {
            String text = "hello " + i;
            loops.add(Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        JsonNode data = client.call("echo", List.of(text));
                        if (!text.equals(data.get(0).asString())) {
                            throw new IllegalStateException("echo answered " + data);
                        }
                        if (System.nanoTime() <= end) {
                            done.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread loop : loops) {
            loop.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a /call loop failed", failure.get());
        }
        return done.get();
    }

    /** Median time to the last of 2,000 one-character updates, over {@link #STREAM_RUNS} runs after one warm-up. */
    private static double stream(String url) throws Exception {
        var client = new QueueClient(url);
        int fn = client.fnIndexes().get("stream");
        String text = "x".repeat(STREAM_LENGTH);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= STREAM_RUNS; i++) {
            long started = System.nanoTime();
            var run = client.predict(fn, List.of(text));
            if (!text.equals(run.output().get("data").get(0).asString())) {
                throw new IllegalStateException("the stream ended with " + run.output());
            }
            if (i > 0) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return median(millis);
    }

    private static void print(Table table, int rounds, Duration window) {
        System.out.printf(Locale.ROOT, "%d interleaved rounds, %d s per level; medians (each round's values in brackets)%n%n",
                rounds, window.toSeconds());
        System.out.printf("| measure | %s | %s | %s | gradio4j vs Gradio |%n", Server.GRADIO4J.title,
                Server.GRADIO4J_BOUNDED.title, Server.GRADIO.title);
        System.out.println("|---|---|---|---|---|");
        for (String measure : table.values.get(Server.GRADIO4J).keySet()) {
            StringBuilder row = new StringBuilder("| " + measure + " |");
            for (Server server : Server.values()) {
                List<Double> values = table.of(server, measure);
                row.append(' ').append(format(median(values))).append(' ').append(format(values)).append(" |");
            }
            double ours = median(table.of(Server.GRADIO4J, measure));
            double theirs = median(table.of(Server.GRADIO, measure));
            double ratio = measure.contains("pred/s") ? ours / theirs : theirs / ours;
            row.append(String.format(Locale.ROOT, " %.1f× %s |", ratio >= 1 ? ratio : 1 / ratio, ratio >= 1 ? "better" : "worse"));
            System.out.println(row);
        }
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String format(List<Double> values) {
        return "(" + String.join(", ", values.stream().map(SideBySide::format).toList()) + ")";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
