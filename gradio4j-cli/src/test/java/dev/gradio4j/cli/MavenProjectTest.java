package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Maven project under the reloader: its classpath from Maven, its resources read afresh at each save. */
class MavenProjectTest {
    @TempDir
    Path project;

    @Test
    void aMavenProjectRunsWithItsResourcesReloaded() throws Exception {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>demo</artifactId>
                  <version>1</version>
                </project>
                """);
        Path sources = Files.createDirectories(project.resolve("src/main/java/demo"));
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("title.txt"), "Title from a resource");
        Files.writeString(sources.resolve("App.java"), """
                package demo;

                import dev.gradio4j.*;

                public class App {
                    public static void main(String[] args) throws Exception {
                        String title = new String(App.class.getResourceAsStream("/title.txt").readAllBytes()).trim();
                        Blocks.of(Markdown.of("# " + title)).launch();
                    }
                }
                """);
        String libraries = MavenClasspath.of(project);
        var terminal = new ByteArrayOutputStream();
        var app = AppSources.directory(project.resolve("src/main/java"), List.of(resources), null);
        try (var session = new ReloadSession(app, libraries, 0, new String[0], new PrintStream(terminal, true, StandardCharsets.UTF_8));
             var http = HttpClient.newHttpClient()) {
            assertThat(session.reload()).as(terminal.toString()).isTrue();
            var config = HttpRequest.newBuilder(URI.create(session.server().url() + "/config")).build();
            assertThat(http.send(config, HttpResponse.BodyHandlers.ofString()).body()).contains("Title from a resource");

            Files.writeString(resources.resolve("title.txt"), "Edited resource");
            assertThat(session.reload()).as(terminal.toString()).isTrue();
            assertThat(http.send(config, HttpResponse.BodyHandlers.ofString()).body()).contains("Edited resource");
        }
    }
}
