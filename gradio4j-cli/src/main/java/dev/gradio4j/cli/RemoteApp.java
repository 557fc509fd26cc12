package dev.gradio4j.cli;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code info} and {@code predict} need to reach an app: its address and how to log in. */
final class RemoteApp {
    @Parameters(index = "0", paramLabel = "URL", description = "the app's URL, or a Hugging Face Space's name (owner/name)")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "a Hugging Face token, sent as a bearer token")
    @Nullable String token;

    @Option(names = "--login", paramLabel = "USER:PASSWORD", description = "logs in to an app behind a password login")
    @Nullable String login;

    Client connect() {
        ClientOptions options = ClientOptions.defaults();
        if (token != null) {
            options = options.withToken(token);
        }
        if (login != null) {
            int colon = login.indexOf(':');
            if (colon < 0) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--login takes USER:PASSWORD, with a colon between them");
            }
            options = options.withLogin(login.substring(0, colon), login.substring(colon + 1));
        }
        return Client.connect(url, options);
    }
}
