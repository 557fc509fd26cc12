/**
 * gradio4j: Gradio for the JVM. Components, layouts, {@link dev.gradio4j.Blocks},
 * {@link dev.gradio4j.Interface}, {@link dev.gradio4j.ChatInterface} and their events in
 * {@code dev.gradio4j}; an OpenAI-compatible chat client in {@code dev.gradio4j.llm}. The server
 * ({@code dev.gradio4j.internal.*}) is not API: only the reloader of {@code dev.gradio4j.cli}
 * reaches into it.
 */
module dev.gradio4j {
    requires transitive jakarta.servlet;   // Blocks.mount takes a ServletContext
    requires transitive java.desktop;      // Image values are BufferedImages
    requires transitive org.jspecify;      // the API's @NullMarked and @Nullable, for users' tools
    requires transitive dev.gradio4j.client;   // Gr.load calls the loaded app through it, and takes its ClientOptions
    requires transitive java.sql;         // JdbcLogger takes a DataSource
    requires java.net.http;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.ee11.servlet;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.util;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires com.nimbusds.jose.jwt;

    exports dev.gradio4j;
    exports dev.gradio4j.llm;

    // Reload mode's one seam (ReloadHost, ReloadableLoader).
    exports dev.gradio4j.internal.reload to dev.gradio4j.cli;
    // The console logger is found by class name when the app brings no SLF4J provider.
    exports dev.gradio4j.internal.log to org.slf4j;
    // Jackson writes the wire records and reads request bodies by reflection.
    opens dev.gradio4j.internal.protocol to tools.jackson.databind;
    opens dev.gradio4j to tools.jackson.databind;
}
