package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.ApiVisibility;
import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code /gradio_api/openapi.json}, read by a real OpenAPI parser: valid, and documenting each public endpoint. */
class OpenApiTest {

    @Test
    void theDescriptionIsValidOpenApiWithEachPublicEndpointsCallAndResults() throws Exception {
        var name = Gr.textbox().label("name");
        var times = Gr.number().label("times");
        var greeting = Gr.textbox().label("greeting");
        var greet = Button.of("Greet");
        greet.click((String n, Double t) -> "Hello " + n, name, times, greeting).apiName("greet").apiDescription("Greets someone");
        var file = Gr.file();
        var size = Gr.textbox();
        var measure = Button.of("Measure");
        measure.click((Path p) -> p == null ? "none" : p.toString(), file, size).apiName("measure");
        var hidden = Button.of("Hidden");
        hidden.click((String n) -> n, name, greeting).apiName("secret").apiVisibility(ApiVisibility.PRIVATE);
        try (Server server = Blocks.of(name, times, greet, greeting, file, measure, size, hidden).title("Open API app")
                     .launch(Launch.options().port(0).quiet(true));
             HttpClient http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).contains("application/json");

            var options = new ParseOptions();
            options.setResolve(true);
            var result = new OpenAPIV3Parser().readContents(response.body(), null, options);
            assertThat(result.getMessages()).as("the parser's complaints").isEmpty();
            OpenAPI api = result.getOpenAPI();
            assertThat(api.getInfo().getTitle()).isEqualTo("Open API app");
            assertThat(api.getPaths()).containsOnlyKeys("/gradio_api/upload", "/gradio_api/call/v2/greet",
                    "/gradio_api/call/greet/{event_id}", "/gradio_api/call/v2/measure", "/gradio_api/call/measure/{event_id}");

            var call = api.getPaths().get("/gradio_api/call/v2/greet").getPost();
            assertThat(call.getOperationId()).isEqualTo("greet");
            assertThat(call.getSummary()).isEqualTo("Greets someone");
            Schema<?> body = call.getRequestBody().getContent().get("application/json").getSchema();
            assertThat(body.getProperties()).containsOnlyKeys("name", "times");
            assertThat(body.getProperties().get("name").getType()).isEqualTo("string");
            assertThat(body.getProperties().get("times").getType()).isEqualTo("number");
            assertThat(call.getResponses().get("200").getContent().get("application/json").getSchema().getProperties())
                    .containsKey("event_id");

            var measureCall = api.getPaths().get("/gradio_api/call/v2/measure").getPost();
            assertThat(measureCall.getSummary()).contains("POST /gradio_api/upload");
            Schema<?> fileParameter = (Schema<?>) measureCall.getRequestBody().getContent().get("application/json").getSchema().getProperties()
                    .values().iterator().next();
            assertThat(fileParameter.getFormat()).isEqualTo("filepath");

            var results = api.getPaths().get("/gradio_api/call/greet/{event_id}").getGet();
            assertThat(results.getParameters()).singleElement().satisfies(p -> assertThat(p.getIn()).isEqualTo("path"));
            assertThat(results.getResponses().get("200").getContent()).containsKey("text/event-stream");
        }
    }
}
