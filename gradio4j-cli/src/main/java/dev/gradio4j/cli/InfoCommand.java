package dev.gradio4j.cli;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.Endpoint;
import dev.gradio4j.client.Parameter;
import dev.gradio4j.client.ReturnValue;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gradio4j info URL}: the endpoints of any Gradio app, their parameters and what they return. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the API of a Gradio app (Python or Java): each endpoint, its parameters and what it returns.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    RemoteApp app;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Client client = app.connect()) {
            var api = client.viewApi();
            out.println("Gradio " + api.version() + " app at " + api.url());
            for (Endpoint endpoint : api.endpoints()) {
                out.println();
                out.println(endpoint.name());
                for (Parameter parameter : endpoint.parameters()) {
                    out.println("  " + parameter + "   (" + parameter.component() + ")");
                }
                for (ReturnValue value : endpoint.returns()) {
                    out.println("  -> " + value);
                }
            }
        }
        out.flush();
        return 0;
    }
}
