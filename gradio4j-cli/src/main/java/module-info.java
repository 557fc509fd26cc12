/**
 * The {@code gradio4j} command: runs an app in reload mode (compile on save, swap the new version
 * into the running server, keep State and sessions).
 */
module dev.gradio4j.cli {
    requires dev.gradio4j;
    requires info.picocli;
    requires java.compiler;
    // picocli fills the command's fields by reflection.
    opens dev.gradio4j.cli to info.picocli;
}
