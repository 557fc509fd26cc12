package dev.gradio4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Maven project's runtime classpath, as its own Maven (the wrapper if it has one) resolves it. */
final class MavenClasspath {
    private MavenClasspath() {}

    static String of(Path project) throws IOException, InterruptedException {
        Path wrapper = project.resolve("mvnw");
        String maven = Files.isExecutable(wrapper) ? wrapper.toAbsolutePath().toString() : "mvn";
        Path output = Files.createTempFile("gradio4j-classpath", ".txt");
        try {
            Process process;
            try {
                process = new ProcessBuilder(maven, "-q", "-B", "dependency:build-classpath",
                        "-Dmdep.outputFile=" + output, "-Dmdep.includeScope=runtime")
                        .directory(project.toAbsolutePath().toFile()).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IOException("Reading a Maven project's dependencies needs Maven: install it, or add the Maven"
                        + " Wrapper (./mvnw) to the project. (" + e.getMessage() + ")", e);
            }
            String log = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("Maven could not resolve the project's dependencies:\n" + log);
            }
            return Files.readString(output).trim();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
