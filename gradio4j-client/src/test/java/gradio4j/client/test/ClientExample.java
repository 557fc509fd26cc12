package gradio4j.client.test;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.RemoteFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The README's example of the Java client (run by the examples' {@code ClientExampleTest}, against a gradio4j app): {@code ClientExample URL FILE}. */
public class ClientExample {
    public static void main(String[] args) {
        try (var client = Client.connect(args[0])) {                 // a URL, or a Space's name: "owner/name"
            System.out.println(client.viewApi());                     // the endpoints, their parameters and defaults
            System.out.println(client.predict("/greet", "Ada").text(0));                 // Hello, Ada!
            System.out.println(client.predict("/greet", Map.of("name", "Bo")).text(0));  // Hello, Bo!
            client.submit("/stream", "abc").outputs()                 // each step of a streaming function
                    .forEach(step -> System.out.println(step.text(0)));
            RemoteFile upper = client.predict("/upper_file", FileInput.of(Path.of(args[1]))).file(0);
            System.out.println(new String(upper.bytes(), StandardCharsets.UTF_8));
        }
    }
}
