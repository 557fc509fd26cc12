package dev.gradio4j.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code gradio4j} command: runs an app in reload mode. Every save shows in the open page
 * within milliseconds, without restarting the server and with what was typed and the session's
 * State kept; objects built with {@code Reload.keep} are built once.
 */
@Command(name = "gradio4j", mixinStandardHelpOptions = true, version = "gradio4j 0.1.0-SNAPSHOT",
        subcommands = {InfoCommand.class, PredictCommand.class},
        description = {"Runs a gradio4j app in reload mode: save a source file and the open page shows the change.",
                "TARGET is an App.java, a directory of sources, or nothing for the Maven project in the current directory.",
                "`gradio4j info URL` and `gradio4j predict URL /endpoint ARGS...` call any Gradio app."})
public final class Gradio4j implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "App.java, a source directory, or a Maven project directory")
    Path target;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the app's main, after --")
    List<String> appArgs = new ArrayList<>();

    @Option(names = "--port", description = "the port (default: GRADIO_SERVER_PORT, else 7860 or the next free one)")
    Integer port;

    @Option(names = "--watch-dirs", split = ",", paramLabel = "DIR", description = "more directories whose changes reload the app")
    List<Path> watchDirs = new ArrayList<>();

    @Option(names = {"-cp", "--classpath"}, paramLabel = "PATH", description = "libraries the app uses (a Maven project's are found by Maven)")
    String classpath;

    @Option(names = "--main", paramLabel = "CLASS", description = "the class whose main starts the app, when several have one")
    String mainClass;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command with its subcommands ({@code info}, {@code predict}); a failure the user can
     * act on (a bad argument, an app that is down or refuses) is one line on standard error.
     */
    static CommandLine commandLine() {
        // "@PATH" is predict's file argument, not picocli's argument file
        return new CommandLine(new Gradio4j()).setExpandAtFiles(false).setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof dev.gradio4j.client.GradioClientException || e instanceof IllegalArgumentException) {
                line.getErr().println(e.getMessage());
                return 1;
            }
            throw e;
        });
    }

    @Override
    public Integer call() throws Exception {
        Path where = (target != null ? target : Path.of("")).toAbsolutePath();
        AppSources sources;
        String libraries = classpath;
        if (Files.isRegularFile(where) && where.toString().endsWith(".java")) {
            sources = AppSources.file(where, mainClass);
        } else if (Files.isRegularFile(where.resolve("pom.xml"))) {
            Path main = where.resolve("src/main/java");
            Path resources = where.resolve("src/main/resources");
            sources = AppSources.directory(main, Files.isDirectory(resources) ? List.of(resources) : List.of(), mainClass);
            libraries = classpath == null ? MavenClasspath.of(where) : MavenClasspath.of(where) + File.pathSeparator + classpath;
        } else if (Files.isDirectory(where)) {
            sources = AppSources.directory(where, List.of(), mainClass);
        } else {
            System.err.println("Not an app: " + where.toAbsolutePath() + " (give an App.java, a source directory or a Maven project).");
            return 2;
        }
        var watched = new ArrayList<>(sources.watched());
        watchDirs.forEach(dir -> watched.add(dir.toAbsolutePath().normalize()));
        try (var session = new ReloadSession(sources, libraries, port, appArgs.toArray(String[]::new), System.out)) {
            if (!session.reload() && session.server() == null) {
                System.out.println("Waiting for a version that builds…");
            }
            try (var watcher = new SourceWatcher(watched, changed -> session.reload())) {
                System.out.println("Watching: " + String.join(", ", watched.stream().map(Path::toString).toList()));
                new CountDownLatch(1).await();
            }
        }
        return 0;
    }
}
