/**
 * The {@code gradio4j} command: runs an app in reload mode (compile on save, swap the new version
 * into the running server, keep State and sessions), and calls any Gradio app ({@code info},
 * {@code predict}).
 */
module dev.gradio4j.cli {
    requires dev.gradio4j;
    requires dev.gradio4j.client;
    requires tools.jackson.databind;
    requires info.picocli;
    requires java.compiler;
    // picocli fills the command's fields by reflection.
    opens dev.gradio4j.cli to info.picocli;
}
