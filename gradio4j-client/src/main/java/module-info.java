/**
 * The gradio4j client: calls any Gradio app, Python or Java, from Java. Everything users name is
 * in {@code dev.gradio4j.client}; start at {@link dev.gradio4j.client.Client}.
 */
module dev.gradio4j.client {
    requires transitive org.jspecify;   // the API's @NullMarked and @Nullable, for users' tools
    requires java.net.http;
    requires tools.jackson.databind;

    exports dev.gradio4j.client;
}
