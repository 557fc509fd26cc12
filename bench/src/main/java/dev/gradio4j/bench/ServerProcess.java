package dev.gradio4j.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measured app in a process of its own, so that its memory and CPU time are its alone, read
 * from {@code /proc} (and, for gradio4j's JVM, its heap with {@code jcmd}): {@link BenchApp} in a
 * JVM, or its Python twin ({@code bench/python/bench_app.py}) on the real Gradio.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

    private final Process process;
    final String url;
    /** From process start to the first {@code GET /config} answered. */
    final long coldStartMillis;

    private ServerProcess(Process process, String url, long coldStartMillis) {
        this.process = process;
        this.url = url;
        this.coldStartMillis = coldStartMillis;
    }

    /** Starts {@link BenchApp} on a free port with the JVM's default settings and waits until it answers. */
    static ServerProcess start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /** Starts {@link BenchApp} on a free port with these JVM options and waits until it answers. */
    static ServerProcess start(List<String> jvmOptions) throws IOException, InterruptedException {
        return start(BenchApp.class, jvmOptions);
    }

    /** Starts an app's main class on a free port with these JVM options and waits until it answers. */
    static ServerProcess start(Class<?> app, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), app.getName()));
        return start(port -> command);
    }

    /** Starts the Python twin of {@link BenchApp} on the real Gradio, with {@code python} of its environment. */
    static ServerProcess startGradio(Path python) throws IOException, InterruptedException {
        return start(port -> List.of(python.toString(), "bench/python/bench_app.py", Integer.toString(port)));
    }

    private static ServerProcess start(java.util.function.IntFunction<List<String>> command) throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var builder = new ProcessBuilder(command.apply(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GRADIO_SERVER_PORT", Integer.toString(port));
        builder.environment().put("GRADIO_ANALYTICS_ENABLED", "False");
        long started = System.nanoTime();
        Process process = builder.start();
        String url = "http://127.0.0.1:" + port;
        try (var http = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create(url + "/config")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    if (!process.isAlive()) {
                        throw new IOException(command.apply(port) + " exited with " + process.exitValue());
                    }
                }
                Thread.sleep(5);
            }
        }
        return new ServerProcess(process, url, (System.nanoTime() - started) / 1_000_000);
    }

    /** CPU time the server used so far (user and system), in milliseconds. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of stat, counted in clock ticks of 10 ms.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Heap in use now, garbage included, in MiB. */
    double heapUsedMiB() throws IOException, InterruptedException {
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IOException("no heap figure in jcmd's answer");
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    /**
     * What the server really holds on its heap, in MiB: the objects a full collection keeps, as
     * the class histogram counts them (taken in one pause, so allocation under load does not
     * creep in between the collection and the reading).
     */
    double liveHeapMiB() throws IOException, InterruptedException {
        Matcher m = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!m.find()) {
            throw new IOException("no total in jcmd's class histogram");
        }
        return Long.parseLong(m.group(1)) / (1024.0 * 1024);
    }

    /** Resident memory now and its peak so far, in MiB. */
    double[] residentMiB() throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
        return new double[] {kib(status, "VmRSS:") / 1024.0, kib(status, "VmHWM:") / 1024.0};
    }

    private static long kib(List<String> status, String key) {
        return status.stream().filter(line -> line.startsWith(key))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
