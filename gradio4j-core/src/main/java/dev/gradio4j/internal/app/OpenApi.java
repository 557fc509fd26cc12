package dev.gradio4j.internal.app;

import dev.gradio4j.internal.json.JsonCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /gradio_api/openapi.json}: an OpenAPI 3.0 description of the app's API, as Gradio 6
 * writes it: the upload route, and for each public endpoint its {@code /gradio_api/call/v2/<api>}
 * POST (the parameters by name, from {@link ApiInfo}) and the GET of its results stream. Unlike
 * Gradio's, the description is valid OpenAPI: no {@code null} description, and the login the
 * upload needs is declared as a cookie security scheme.
 */
public final class OpenApi {
    private static final String FILE_NOTE = ". File inputs must first be uploaded via POST /gradio_api/upload (multipart/form-data"
            + " with a \"files\" field). Use the returned path in the request body as"
            + " {\"path\": \"<uploaded_path>\", \"meta\": {\"_type\": \"gradio.FileData\"}}.";

    private OpenApi() {}

    /** The description of {@code app}, whose links are under {@code root}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(AppModel app, String root) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", app.settings().title() == null ? "Gradio App" : app.settings().title());
        info.put("description", "");
        info.put("version", Config.GRADIO_VERSION);
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/gradio_api/upload", Map.of("post", upload()));
        var endpoints = (Map<String, Map<String, Object>>) ApiInfo.of(app, false, root).get("named_endpoints");
        endpoints.forEach((api, endpoint) -> {
            if ("private".equals(endpoint.get("api_visibility"))) {
                return;
            }
            String name = api.replaceAll("^/+|/+$", "").replace("/", "_");
            paths.put("/gradio_api/call/v2" + api, Map.of("post", call(api, name, endpoint)));
            paths.put("/gradio_api/call" + api + "/{event_id}", Map.of("get", results(api, name)));
        });
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("openapi", "3.0.2");
        schema.put("info", info);
        schema.put("paths", paths);
        schema.put("components", Map.of("schemas", Map.of(), "securitySchemes", Map.of("login_check",
                Map.of("type", "apiKey", "in", "cookie", "name", "access-token",
                        "description", "The session cookie POST /login sets, when the app has a login"))));
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String api, String name, Map<String, Object> endpoint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        boolean takesFiles = false;
        for (Map<String, Object> parameter : (List<Map<String, Object>>) endpoint.get("parameters")) {
            Map<String, Object> type = simplified((Map<String, Object>) parameter.get("type"));
            takesFiles |= "filepath".equals(type.get("format"));
            properties.put((String) parameter.get("parameter_name"), type);
        }
        List<String> returns = new ArrayList<>();
        var outputs = (List<Map<String, Object>>) endpoint.get("returns");
        for (int i = 0; i < outputs.size(); i++) {
            returns.add((i == 0 ? "output" : "output_" + i) + " (" + JsonCodec.write(simplified((Map<String, Object>) outputs.get(i).get("type"))) + ")");
        }
        String description = (String) endpoint.get("description");
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("summary", (description.isEmpty() ? "Endpoint " + api : description) + (takesFiles ? FILE_NOTE : ""));
        post.put("description", description + "Output must be fetched from GET /gradio_api/call" + api
                + "/{event_id}. Returns an array of " + returns.size() + " elements of the following format: " + returns);
        post.put("operationId", name);
        post.put("requestBody", Map.of("required", true,
                "content", Map.of("application/json", Map.of("schema", Map.of("type", "object", "properties", properties)))));
        post.put("responses", Map.of("200", Map.of("description", "Successful response", "content", Map.of("application/json",
                Map.of("schema", Map.of("type", "object", "properties", Map.of("event_id", Map.of("type", "string"))))))));
        return post;
    }

    private static Map<String, Object> results(String api, String name) {
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("summary", "Fetch results for " + api);
        get.put("description", "Returns a stream of server-sent events (SSE). The final event has `event: complete` with `data`"
                + " containing a JSON array of outputs.");
        get.put("operationId", name + "_get");
        get.put("parameters", List.of(Map.of("name", "event_id", "in", "path", "required", true, "schema", Map.of("type", "string"),
                "description", "The event_id returned by the POST request")));
        get.put("responses", Map.of("200", Map.of("description", "SSE stream with event: complete containing a JSON array of outputs",
                "content", Map.of("text/event-stream", Map.of("schema", Map.of("type", "string"))))));
        return get;
    }

    private static Map<String, Object> upload() {
        Map<String, Object> uploadId = new LinkedHashMap<>();
        uploadId.put("name", "upload_id");
        uploadId.put("in", "query");
        uploadId.put("required", false);
        uploadId.put("schema", Map.of("type", "string", "nullable", true));
        uploadId.put("description", "Optional ID to track upload progress");
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("summary", "Upload File");
        post.put("operationId", "upload_file_upload_post");
        post.put("parameters", List.of(uploadId));
        post.put("requestBody", Map.of("required", true, "content", Map.of("multipart/form-data", Map.of("schema", Map.of(
                "type", "object",
                "properties", Map.of("files", Map.of("type", "array", "items", Map.of("type", "string", "format", "binary"),
                        "description", "One or more files to upload")),
                "required", List.of("files"))))));
        post.put("responses", Map.of(
                "200", Map.of("description", "List of file paths where the uploaded files were saved",
                        "content", Map.of("application/json", Map.of("schema", Map.of("type", "array", "items", Map.of("type", "string"))))),
                "400", Map.of("description", "Invalid content type or invalid file name", "content", text()),
                "413", Map.of("description", "File exceeds maximum allowed size", "content", text())));
        post.put("security", List.of(Map.of("login_check", List.of())));
        return post;
    }

    private static Map<String, Object> text() {
        return Map.of("text/plain", Map.of("schema", Map.of("type", "string")));
    }

    /**
     * A parameter's JSON schema as Gradio's OpenAPI has it: a file (a FileData object) is a string
     * of format {@code filepath}, an object schema says {@code type: object}, and Gradio's
     * {@code additional_description} (not OpenAPI) is left out.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> simplified(Map<String, Object> type) {
        if (type == null) {
            return Map.of();
        }
        if (type.get("properties") instanceof Map<?, ?> properties && properties.containsKey("path") && properties.containsKey("meta")) {
            return Map.of("type", "string", "format", "filepath");
        }
        Map<String, Object> copy = new LinkedHashMap<>(type);
        copy.remove("additional_description");
        if (copy.containsKey("properties") && !copy.containsKey("type")) {
            copy.put("type", "object");
        }
        return copy;
    }
}
