package dev.gradio4j.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The session's heartbeat, {@code GET heartbeat/{session_hash}}, held open while the client
 * is, for apps whose config asks for it ({@code connect_heartbeat}: apps with state or unload
 * events). When it drops, Gradio runs the app's unload events and lets the session's state go
 * an hour later; so it is opened again after a pause, until the client closes.
 */
final class Heartbeat {
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private final Transport transport;
    private final String url;
    private volatile boolean stopped;

    private Heartbeat(Transport transport, String url) {
        this.transport = transport;
        this.url = url;
    }

    static Heartbeat start(Transport transport, String url) {
        Heartbeat heartbeat = new Heartbeat(transport, url);
        Thread.ofVirtual().name("gradio-client-heartbeat").start(heartbeat::hold);
        return heartbeat;
    }

    private void hold() {
        Duration pause = FIRST_PAUSE;
        while (!stopped) {
            try (InputStream in = transport.open(url, "text/event-stream")) {
                in.transferTo(OutputStream.nullOutputStream());
                pause = FIRST_PAUSE;
            } catch (Exception dropped) {
                // the app went away or is restarting: try again after a pause
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    void stop() {
        stopped = true;
    }
}
