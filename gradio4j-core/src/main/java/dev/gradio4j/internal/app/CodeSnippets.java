package dev.gradio4j.internal.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code that calls an endpoint from Gradio's own clients, as Gradio 6's {@code /info} gives it
 * with each endpoint ({@code code_snippets}): {@code python} ({@code gradio_client}),
 * {@code javascript} ({@code @gradio/client}), {@code bash} (curl on {@code /call/v2}) and
 * {@code cli} ({@code gradio predict}). Each parameter is given its default, else its example.
 * Where Gradio writes Python's {@code None}, {@code True} and {@code False} inside JavaScript or
 * curl's JSON, these snippets write JSON.
 */
final class CodeSnippets {
    /** Components whose JavaScript example is a file fetched as a blob first. */
    private static final Set<String> BLOB_COMPONENTS = Set.of("Audio", "DownloadButton", "File", "Image", "ImageSlider",
            "Model3D", "UploadButton", "Video");

    private enum Language { PYTHON, JAVASCRIPT, BASH }

    private CodeSnippets() {}

    /**
     * @param root the app's URL as the client reached it, without a trailing slash
     */
    static Map<String, String> of(String apiName, List<Map<String, Object>> parameters, String root) {
        Map<String, String> snippets = new LinkedHashMap<>();
        snippets.put("python", python(apiName, parameters, root));
        snippets.put("javascript", javascript(apiName, parameters, root));
        snippets.put("bash", bash(apiName, parameters, root));
        snippets.put("cli", cli(apiName, parameters, root));
        return snippets;
    }

    private static String python(String apiName, List<Map<String, Object>> parameters, String root) {
        List<String> lines = new ArrayList<>();
        boolean files = parameters.stream().anyMatch(p -> hasFile(p.get("example_input")));
        lines.add("from gradio_client import Client" + (files ? ", handle_file" : ""));
        lines.add("");
        lines.add("client = Client(\"" + root + "\")");
        lines.add("result = client.predict(");
        for (Map<String, Object> parameter : parameters) {
            lines.add("\t" + name(parameter) + "=" + represent(parameter, Language.PYTHON) + ",");
        }
        lines.add("\tapi_name=\"" + apiName + "\",");
        lines.add(")");
        lines.add("print(result)");
        return String.join("\n", lines);
    }

    private static String javascript(String apiName, List<Map<String, Object>> parameters, String root) {
        List<Map<String, Object>> blobs = parameters.stream().filter(p -> BLOB_COMPONENTS.contains(p.get("component"))).toList();
        List<String> lines = new ArrayList<>();
        lines.add("import { Client" + (blobs.isEmpty() ? "" : ", handle_file") + " } from \"@gradio/client\";");
        lines.add("");
        for (int i = 0; i < blobs.size(); i++) {
            Object example = blobs.get(i).get("example_input");
            Object url = example instanceof Map<?, ?> file ? file.get("url") : null;
            lines.add("const response_" + i + " = await fetch(\"" + (url == null ? "" : url) + "\");");
            lines.add("const example" + blobs.get(i).get("component") + " = await response_" + i + ".blob();");
        }
        if (!blobs.isEmpty()) {
            lines.add("");
        }
        lines.add("const client = await Client.connect(\"" + root + "\");");
        lines.add("const result = await client.predict(\"" + apiName + "\", {");
        for (Map<String, Object> parameter : parameters) {
            String value = BLOB_COMPONENTS.contains(parameter.get("component"))
                    ? "handle_file(example" + parameter.get("component") + ")" : represent(parameter, Language.JAVASCRIPT);
            lines.add("\t\t" + name(parameter) + ": " + value + ",");
        }
        lines.add("});");
        lines.add("");
        lines.add("console.log(result.data);");
        return String.join("\n", lines);
    }

    private static String bash(String apiName, List<Map<String, Object>> parameters, String root) {
        String api = root + "/gradio_api/";
        String endpoint = apiName.replaceFirst("^/+", "");
        List<String> lines = new ArrayList<>();
        boolean files = parameters.stream().anyMatch(p -> hasFile(p.get("example_input")));
        if (files) {
            lines.add("FILE_PATH=$(curl -s -X POST " + api + "upload -F 'files=@/path/to/your/file' | tr -d '[]\" ')");
            lines.add("");
        }
        List<String> entries = new ArrayList<>();
        for (Map<String, Object> parameter : parameters) {
            String value = hasFile(parameter.get("example_input"))
                    ? "{\"path\": \"'$FILE_PATH'\", \"meta\": {\"_type\": \"gradio.FileData\"}}"
                    : represent(parameter, Language.BASH);
            entries.add("\"" + name(parameter) + "\": " + value);
        }
        lines.add("curl -X POST " + api + "call/v2/" + endpoint + " -s -H \"Content-Type: application/json\" \\");
        lines.add("  -d '{" + String.join(", ", entries) + "}' \\");
        lines.add("  | awk -F'\"' '{ print $4}' \\");
        lines.add("  | read EVENT_ID; curl -N " + api + "call/" + endpoint + "/$EVENT_ID");
        return String.join("\n", lines);
    }

    /** {@code gradio predict}'s form: every parameter's default (when it has a truthy one) or example, as indented JSON. */
    private static String cli(String apiName, List<Map<String, Object>> parameters, String root) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters) {
            Object value = truthy(parameter.get("parameter_default")) ? parameter.get("parameter_default") : parameter.get("example_input");
            arguments.put(name(parameter), fileAsPath(value));
        }
        return "{command} predict " + root + " " + apiName + " '" + PythonJson.indented(arguments) + "'\n";
    }

    private static String name(Map<String, Object> parameter) {
        Object name = parameter.get("parameter_name");
        return String.valueOf(name != null ? name : parameter.get("label"));
    }

    /** A parameter's default or example, written for the language by its Python type. */
    private static String represent(Map<String, Object> parameter, Language language) {
        Object value = Boolean.TRUE.equals(parameter.get("parameter_has_default"))
                ? parameter.get("parameter_default") : parameter.get("example_input");
        String none = language == Language.PYTHON ? "None" : "null";
        Object type = parameter.get("python_type") instanceof Map<?, ?> python ? python.get("type") : null;
        if (!(type instanceof String pythonType) || value == null) {
            return none;
        }
        if (pythonType.equals("str") || pythonType.equals("string") || pythonType.startsWith("Literal['")) {
            return "\"" + value + "\"";
        }
        if (pythonType.equals("bool") || pythonType.equals("boolean")) {
            boolean on = Boolean.TRUE.equals(value);
            return language == Language.PYTHON ? (on ? "True" : "False") : String.valueOf(on);
        }
        if (value instanceof String text) {
            return text.isEmpty() ? none : text;
        }
        return switch (language) {
            case PYTHON -> PythonJson.python(value);
            case JAVASCRIPT -> PythonJson.json(value);
            case BASH -> PythonJson.json(fileAsPath(value));
        };
    }

    private static boolean isFile(@Nullable Object value) {
        return value instanceof Map<?, ?> map && map.get("url") instanceof String url && !url.isEmpty()
                && map.get("meta") instanceof Map<?, ?> meta && "gradio.FileData".equals(meta.get("_type"));
    }

    private static boolean hasFile(@Nullable Object value) {
        return switch (value) {
            case Map<?, ?> map -> isFile(map) || map.values().stream().anyMatch(CodeSnippets::hasFile);
            case List<?> list -> list.stream().anyMatch(CodeSnippets::hasFile);
            case null, default -> false;
        };
    }

    /** FileData examples as a client sends them: the URL as the path. */
    private static @Nullable Object fileAsPath(@Nullable Object value) {
        return switch (value) {
            case Map<?, ?> map when isFile(map) -> PythonJson.file((String) map.get("url"));
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, fileAsPath(v)));
                yield copy;
            }
            case List<?> list -> list.stream().map(CodeSnippets::fileAsPath).toList();
            case null, default -> value;
        };
    }

    private static boolean truthy(@Nullable Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case java.lang.Number n -> n.doubleValue() != 0;
            case String s -> !s.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }
}
