package dev.gradio4j.internal.queue;

/** The queue holds its maximum number of waiting events. */
public final class QueueFullException extends Exception {
    public QueueFullException(int maxSize) {
        super("Queue is full (" + maxSize + " events are waiting). Try again later.");
    }
}
