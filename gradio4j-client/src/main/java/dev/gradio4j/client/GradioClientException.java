package dev.gradio4j.client;

/**
 * Why a call to a Gradio app failed, as one of a few {@link Kind}s, with a message that says what
 * happened and what to do about it. Unchecked, like the JDK's {@code UncheckedIOException}: most
 * callers let it propagate; those that recover switch on {@link #kind()}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="failure"}
 */
public final class GradioClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The app cannot be reached: not running, asleep, or the network is down. */
        APP_DOWN,
        /** The app wants a login that was not given, or refused the one given. */
        LOGIN_REFUSED,
        /** The app has no API endpoint of that name. */
        UNKNOWN_ENDPOINT,
        /** The arguments do not fit the endpoint's parameters (checked here or by the app). */
        VALIDATION,
        /** The app's function failed, for example by raising {@code gr.Error}. */
        APP_ERROR,
        /** The job was cancelled before it finished. */
        CANCELLED,
        /** The app did not answer in time. */
        TIMEOUT,
        /** The app's queue is full and takes no more jobs for now. */
        QUEUE_FULL,
        /**
         * The app answered in a way this client does not understand: an unsupported Gradio
         * version, or an API that changed since {@link Client#connect(String) connect}.
         */
        API_CHANGED
    }

    private final Kind kind;

    GradioClientException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    GradioClientException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }
}
