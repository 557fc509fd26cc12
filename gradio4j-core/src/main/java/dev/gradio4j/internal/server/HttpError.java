package dev.gradio4j.internal.server;

/** A request the server refuses: its status and a message saying what to fix. */
class HttpError extends RuntimeException {
    final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
