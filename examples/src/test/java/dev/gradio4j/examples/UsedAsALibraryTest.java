package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * gradio4j as a user's build gets it: a new Maven project in an empty folder
 * ({@code src/test/resources/library-user}: the BOM imported, gradio4j-core and gradio4j-client
 * without versions, as the README says) builds, and its app answers its own client. The gradio4j
 * artifacts are this build's, put into the project's own empty local repository; every other
 * library comes from the machine's Maven cache, read as a remote repository would be.
 */
@Timeout(300)
class UsedAsALibraryTest {
    private static final Path ROOT = Path.of(System.getProperty("gradio4j.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("gradio4j.version", "0.1.0-SNAPSHOT");

    @Test
    void aNewProjectImportsTheBomBuildsAndItsAppAnswersItsClient(@TempDir Path dir) throws Exception {
        Path project = copyProject(dir.resolve("greeter"));
        Path repository = dir.resolve("repository");
        publish(repository, "gradio4j-parent", ROOT.resolve("pom.xml"), null);
        publish(repository, "gradio4j-bom", ROOT.resolve("gradio4j-bom/pom.xml"), null);
        for (String module : List.of("gradio4j-core", "gradio4j-client")) {
            publish(repository, module, ROOT.resolve(module + "/pom.xml"), ROOT.resolve(module + "/target/" + module + "-" + VERSION + ".jar"));
        }
        Path settings = Files.writeString(dir.resolve("settings.xml"), """
                <settings>
                  <mirrors>
                    <mirror><id>machine-cache</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("user.home"), ".m2", "repository").toUri()));

        var build = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-B", "-q", "-nsu", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "package", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt")
                .directory(project.toFile());
        build.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try (ChildProcess maven = ChildProcess.start(build)) {
            maven.awaitSuccess(Duration.ofMinutes(4));
        }

        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("classpath.txt")).strip();
        var run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "app.Main");
        try (ChildProcess app = ChildProcess.start(run)) {
            assertThat(app.awaitSuccess(Duration.ofMinutes(1))).contains("Hello, Ada!");
        }
        assertThat(Files.readString(project.resolve("classpath.txt")))
                .as("the app's libraries: gradio4j's from its own repository, none of its build's test tools")
                .contains(repository.resolve("dev/gradio4j/gradio4j-core").toString())
                .doesNotContain("/org/junit/").doesNotContain("gradio4j-frontend");
    }

    private static Path copyProject(Path target) throws IOException {
        Path source = Path.of("src/test/resources/library-user").toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pom = target.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("VERSION", VERSION));
        return target;
    }

    /** Puts an artifact into a local repository as {@code mvn install} would lay it out. */
    private static void publish(Path repository, String artifact, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("dev/gradio4j").resolve(artifact).resolve(VERSION));
        Files.copy(pom, folder.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertThat(jar).as("the module's jar, packaged earlier in this build").isRegularFile();
            Files.copy(jar, folder.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
