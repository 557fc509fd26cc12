package dev.gradio4j.examples.snippets;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.Job;
import dev.gradio4j.client.JobUpdate;
import dev.gradio4j.client.RemoteFile;
import dev.gradio4j.client.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The examples in the Javadoc of the Java client ({@code dev.gradio4j.client}), compiled here
 * with the other snippets. They call an app with the endpoints of the client's test app:
 * {@code /greet}, {@code /add}, {@code /stream}, {@code /upper_file}.
 */
public final class ClientSnippets {
    private ClientSnippets() {}

    /** Connects, shows the API, calls by position and by name, streams. */
    public static void connect() {
        // @start region="connect"
        try (var client = Client.connect("http://127.0.0.1:7860")) {
            System.out.println(client.viewApi());                     // the endpoints and their parameters
            String greeting = client.predict("/greet", "Ada").text(0);
            Result named = client.predict("/greet", Map.of("name", "Ada"));   // the others take their defaults
            client.submit("/stream", "abc").outputs().forEach(step -> System.out.println(step.get(0)));
        }
        // @end
    }

    /** Calls an event handler by its index in the app's config. */
    public static String byIndex(Client client) {
        // @start region="fn-index"
        Result greeting = client.predict(0, "Ada");                   // the app's first event handler
        Result named = client.predict(0, Map.of("name", "Bo"));
        // @end
        return greeting.text(0) + named.text(0);
    }

    /** Options: a login, a timeout; a Space's name, a token and the Hub's address. */
    public static void options() {
        // @start region="options"
        var options = ClientOptions.defaults()
                .withLogin("admin", "pass1234")
                .withRequestTimeout(Duration.ofSeconds(30));
        try (var client = Client.connect("http://127.0.0.1:7860", options)) {
            // ...
        }
        var privateSpace = ClientOptions.defaults()
                .withToken(System.getenv("HF_TOKEN"))                 // finds private Spaces
                .withHubUrl("https://huggingface.co");                // the default
        try (var client = Client.connect("owner/space-name", privateSpace)) {
            // ...
        }
        // @end
    }

    /** A streaming job: its steps, then its result. */
    public static Result job(Client client) {
        // @start region="job"
        Job job = client.submit("/stream", "abc");
        job.outputs().forEach(step -> System.out.println(step.get(0)));   // "a", "ab", "abc"
        Result last = job.result(Duration.ofSeconds(30));
        // @end
        return last;
    }

    /** Every update of a job, by kind. */
    public static void updates(Client client) {
        // @start region="updates"
        for (JobUpdate update : client.submit("/stream", "abc")) {
            switch (update) {
                case JobUpdate.Status s -> System.out.println(s.status().stage());
                case JobUpdate.Output o -> System.out.println(o.result().get(0));
                case JobUpdate.Log l -> System.out.println(l.level() + ": " + l.message());
            }
        }
        // @end
    }

    /** Values read as Java types. */
    public static String result(Client client) {
        // @start region="result"
        Result result = client.predict("/add", 2, 3);
        Double sum = result.number(0);                  // 5.0, whether the app wrote 5 or 5.0
        Integer whole = result.get(0, Integer.class);   // 5
        String text = client.predict("/greet", "Ada").text(0);
        // @end
        return sum + " " + whole + " " + text;
    }

    /** Files sent from a path or from bytes. */
    public static Result files(Client client) {
        // @start region="file-input"
        Result upper = client.predict("/upper_file", FileInput.of(Path.of("notes.txt")));
        Result echoed = client.predict("/upper_file", FileInput.of("hello".getBytes(StandardCharsets.UTF_8), "hello.txt"));
        // @end
        return echoed.size() > 0 ? echoed : upper;
    }

    /** A returned file, saved. */
    public static Path download(Client client) {
        // @start region="remote-file"
        RemoteFile upper = client.predict("/upper_file", FileInput.of(Path.of("notes.txt"))).file(0);
        Path saved = upper.download(Path.of("out"));   // out/upper_notes.txt
        // @end
        return saved;
    }

    /** A failure, told apart by its kind. */
    public static void failure(Client client) {
        // @start region="failure"
        try {
            client.predict("/greet", "hello");
        } catch (GradioClientException e) {
            if (e.kind() == GradioClientException.Kind.APP_DOWN) {
                // retry later
            }
        }
        // @end
    }
}
