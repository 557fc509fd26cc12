package app;

import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;

/** A user's app and its own client: serves greet, calls it over HTTP, prints the answer. */
public class Main {
    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    public static void main(String[] args) {
        try (Server server = Interface.of(Main::greet, "text", "text").launch(Launch.options().port(0).quiet(true));
             Client client = Client.connect(server.url())) {
            System.out.println(client.predict("/greet", "Ada").text(0));
        }
    }
}
