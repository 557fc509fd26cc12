package dev.gradio4j;

/** Who may see and call an event's API endpoint. */
public enum ApiVisibility {
    /** Listed in {@code /gradio_api/info} and callable by API clients (the default). */
    PUBLIC,
    /** Callable by API clients, but left out of {@code /gradio_api/info}. */
    UNDOCUMENTED,
    /**
     * Used only by the app's own page: not listed, and refused to API clients ({@code /call},
     * {@code /run} by name, and queue joins marked as API calls).
     */
    PRIVATE;
}
