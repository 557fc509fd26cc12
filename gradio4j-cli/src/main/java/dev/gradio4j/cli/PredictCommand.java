package dev.gradio4j.cli;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.Endpoint;
import dev.gradio4j.client.Parameter;
import dev.gradio4j.client.RemoteFile;
import dev.gradio4j.client.Result;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gradio4j predict URL /endpoint ARGS...}: calls an endpoint of any Gradio app and prints
 * what it returns, one value per line; files it returns are downloaded.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Calls an endpoint of a Gradio app (Python or Java) and prints its result, one value per line.",
                "Each ARG is JSON (42, true, null, [1, 2], {\"a\": 1}) or else a string; @PATH uploads a local file.",
                "One JSON object whose keys are the endpoint's parameter names passes them by name, as Gradio's CLI does;"
                        + " the others take their defaults."})
final class PredictCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    RemoteApp app;

    @Parameters(index = "1", paramLabel = "ENDPOINT", description = "the endpoint, e.g. /predict (gradio4j info lists them)")
    String endpoint;

    @Parameters(index = "2..*", paramLabel = "ARGS", description = "the arguments, in order")
    List<String> args = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR", description = "where returned files are saved (default: the current directory)")
    Path outputDir = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Client client = app.connect()) {
            List<@Nullable Object> values = args.stream().map(PredictCommand::argument).toList();
            Result result = byName(client, values) instanceof Map<?, ?> named
                    ? client.predict(endpoint, stringKeys(named))
                    : client.predict(endpoint, values.toArray());
            for (Object value : result.values()) {
                out.println(show(value));
            }
        }
        out.flush();
        return 0;
    }

    /** The one argument, when it is an object naming only the endpoint's parameters; else null. */
    private @Nullable Map<?, ?> byName(Client client, List<@Nullable Object> values) {
        if (values.size() != 1 || !(values.getFirst() instanceof Map<?, ?> named)) {
            return null;
        }
        Endpoint described = client.viewApi().endpoint(endpoint).orElse(null);
        if (described == null) {
            return null;   // the call itself says the endpoint is unknown, and which ones there are
        }
        List<String> names = described.parameters().stream().map(Parameter::name).toList();
        boolean allNames = !named.isEmpty() && named.keySet().stream().allMatch(names::contains);
        boolean oneObjectParameter = names.size() == 1 && !named.containsKey(names.getFirst());
        return allNames && !oneObjectParameter ? named : null;
    }

    private static Map<String, @Nullable Object> stringKeys(Map<?, ?> named) {
        Map<String, @Nullable Object> keyed = new java.util.LinkedHashMap<>();
        named.forEach((key, value) -> keyed.put(String.valueOf(key), value));
        return keyed;
    }

    /** An argument as typed: {@code @PATH} a file to upload, JSON its value, anything else a string. */
    static @Nullable Object argument(String typed) {
        if (typed.startsWith("@")) {
            Path file = Path.of(typed.substring(1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No file " + file.toAbsolutePath()
                        + " to upload; @PATH names a local file (to pass a string that starts with @, quote it as JSON: '\"@...\"').");
            }
            return file;
        }
        try {
            return JSON.readValue(typed, Object.class);
        } catch (JacksonException notJson) {
            return typed;
        }
    }

    private String show(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> text;
            case RemoteFile file -> file.download(outputDir.toAbsolutePath()).toString();
            default -> JSON.writeValueAsString(value);
        };
    }
}
