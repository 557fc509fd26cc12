package dev.gradio4j.internal.protocol;

import dev.gradio4j.internal.json.JsonCodec;
import java.util.List;

/**
 * The messages of the {@code sse_v3} queue stream ({@code /gradio_api/queue/data}), one record
 * each. Written with snake_case field names by {@link dev.gradio4j.internal.json.JsonCodec#writeProtocol}. Every per-event message carries
 * {@code event_id}; {@link Heartbeat}, {@link CloseStream} and {@link UnexpectedError} carry
 * {@code event_id: null}, because the Python client fails on a real id there.
 */
public sealed interface ServerMessage {

    /** The event this message belongs to, or null for stream-level messages. */
    String eventId();

    /** Queue position: {@code rank} is 0-based, {@code rankEta} in seconds or null. */
    record Estimation(String msg, String eventId, int rank, int queueSize, Double rankEta)
            implements ServerMessage {
        public Estimation(String eventId, int rank, int queueSize, Double rankEta) {
            this("estimation", eventId, rank, queueSize, rankEta);
        }
    }

    /** A worker took the event; {@code eta} is the average run time so far, or null. */
    record ProcessStarts(String msg, String eventId, Double eta) implements ServerMessage {
        public ProcessStarts(String eventId, Double eta) {
            this("process_starts", eventId, eta);
        }
    }

    /** Progress of a running event, newest first in Gradio's list form. */
    record Progress(String msg, String eventId, List<ProgressUnit> progressData)
            implements ServerMessage {
        public Progress(String eventId, List<ProgressUnit> progressData) {
            this("progress", eventId, progressData);
        }
    }

    /** One progress bar: {@code index} of {@code length} {@code unit}s, or a fraction in {@code progress}. */
    record ProgressUnit(Integer index, Integer length, String unit, Double progress, String desc) {}

    /** An info, warning or success toast raised by the handler. */
    record Log(String msg, String eventId, String log, String level, Double duration,
               boolean visible, String title) implements ServerMessage {
        public Log(String eventId, String log, String level, Double duration, boolean visible,
                   String title) {
            this("log", eventId, log, level, duration, visible, title);
        }
    }

    /** An intermediate value of a streaming handler: full values first, then diffs. */
    record ProcessGenerating(String msg, String eventId, EventOutput.Streamed output, boolean success)
            implements ServerMessage {
        public ProcessGenerating(String eventId, List<Object> data) {
            this("process_generating", eventId, new EventOutput.Streamed(data), true);
        }
    }

    /** The end of every event: output data on success, an error shape otherwise. */
    record ProcessCompleted(String msg, String eventId, EventOutput output,
                            boolean success, String title, String usedCache,
                            Double cacheDuration, Double avgTime) implements ServerMessage {
        public ProcessCompleted(String eventId, EventOutput output, boolean success,
                                String title, Double avgTime) {
            this("process_completed", eventId, output, success, title, null, avgTime, avgTime);
        }
    }

    /** Keep-alive; both clients skip it. */
    record Heartbeat(String msg, String eventId) implements ServerMessage {
        public static final Heartbeat INSTANCE = new Heartbeat("heartbeat", null);
    }

    /** The last message before the server ends the stream. */
    record CloseStream(String msg, String eventId) implements ServerMessage {
        public static final CloseStream INSTANCE = new CloseStream("close_stream", null);
    }

    /** A failure of the stream itself, sent to every pending event of the session. */
    record UnexpectedError(String msg, String eventId, String message, boolean sessionNotFound,
                           boolean success) implements ServerMessage {
        public UnexpectedError(String message, boolean sessionNotFound) {
            this("unexpected_error", null, message, sessionNotFound, false);
        }
    }
}
