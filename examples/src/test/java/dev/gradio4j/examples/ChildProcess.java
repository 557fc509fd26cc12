package dev.gradio4j.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program a test starts (Node, Python, a server in a JVM of its own), its output (stdout and
 * stderr together) collected as it comes. Every wait has a limit; {@link #close} stops the program
 * and what it started, so a failing test leaves nothing running.
 */
final class ChildProcess implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CountDownLatch outputEnded = new CountDownLatch(1);

    private ChildProcess(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("child-output-" + process.pid()).start(this::collect);
    }

    static ChildProcess start(ProcessBuilder builder) {
        try {
            Process process = builder.redirectErrorStream(true).start();
            process.getOutputStream().close();
            return new ChildProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + builder.command(), e);
        }
    }

    private void collect() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the program was stopped
        } finally {
            lines.add(END);
            outputEnded.countDown();
        }
    }

    /** Everything the program printed so far. */
    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** Waits for a line that matches, and answers it. */
    String awaitLine(Predicate<String> wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError((line == null ? "No matching line within " + limit : "The program ended")
                        + "; it printed:\n" + output());
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Waits for the program to end and answers its output; fails if it overstays or fails. */
    String awaitSuccess(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError("Still running after " + limit + "; it printed:\n" + output());
        }
        outputEnded.await(5, TimeUnit.SECONDS);   // the last lines, unless a grandchild keeps the pipe open
        if (process.exitValue() != 0) {
            throw new AssertionError("Exit code " + process.exitValue() + "; it printed:\n" + output());
        }
        return output();
    }

    /** Stops the program and everything it started. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
