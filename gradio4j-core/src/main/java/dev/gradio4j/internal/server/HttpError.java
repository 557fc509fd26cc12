package dev.gradio4j.internal.server;

/** A request the server refuses: its status and a message saying what to fix. */
class HttpError extends RuntimeException {
    final int status;
    /** Seconds after which the client may try again ({@code Retry-After}), or 0. */
    final long retryAfter;

    HttpError(int status, String message) {
        this(status, message, 0);
    }

    HttpError(int status, String message, long retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
