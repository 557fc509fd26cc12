package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.ConfigFixtures;
import dev.gradio4j.ConfigFixtures.Difference;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.examples.parity.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parity corpus: each app of {@link Corpus} is also written in Python
 * ({@code src/test/python/parity/apps/NAME.py}) and served by the real Gradio. For each, the
 * {@code /config} (components, layout, dependencies, app settings) and {@code /gradio_api/info}
 * of both servers are compared structurally, and the official Python client makes the same calls
 * on both ({@code CALLS} of the twin) and compares what it got.
 *
 * <p>A difference fails unless it is listed with its reason: a component's in the core's
 * {@code known-differences.json} (the one list of them), an app's in
 * {@code src/test/resources/parity/known-differences.json}; and a listing there that no longer
 * occurs fails too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(600)
class ParityCorpusTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConfigFixtures.Known COMPONENT_REASONS = ConfigFixtures.Known.load();
    private static final ParityReasons APP_REASONS = ParityReasons.load();

    private ChildProcess gradio;
    private final Map<String, Server> ports = new LinkedHashMap<>();
    private Map<String, String> twinUrls = Map.of();
    private final Map<String, List<Difference>> differences = new LinkedHashMap<>();

    @BeforeAll
    void serveBothAndCompare(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> names = List.copyOf(Corpus.APPS.keySet());
        var serve = new ProcessBuilder(ClientSuites.python().toString(), "parity/serve.py").directory(ClientSuites.PYTHON.toFile());
        // Gradio names an app's examples cache by its Dataset's id, which another app can have on a later run: a fresh folder each time.
        serve.environment().putAll(Map.of("GRADIO_ANALYTICS_ENABLED", "False", "HF_HUB_OFFLINE", "1",
                "GRADIO_EXAMPLES_CACHE", dir.resolve("gradio-examples-cache").toString()));
        gradio = ChildProcess.start(serve);
        @SuppressWarnings("unchecked")
        Map<String, String> twins = JSON.readValue(gradio.awaitLine(line -> line.startsWith("ready "), Duration.ofMinutes(3))
                .substring("ready ".length()), Map.class);
        twinUrls = twins;
        Map<String, Map<String, String>> urls = new LinkedHashMap<>();
        for (String name : names) {
            Server server = Corpus.APPS.get(name).get().launch(Launch.options().port(0).quiet(true));
            ports.put(name, server);
            urls.put(name, Map.of("gradio", twins.getOrDefault(name, "(no twin)"), "gradio4j", server.url()));
        }
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (String name : names) {
                differences.put(name, compareServed(http, name, urls.get(name)));
            }
            differences.put("routes", compareRoutes(http));
        }
        Path servers = dir.resolve("servers.json");
        Path report = dir.resolve("calls.json");
        Files.writeString(servers, JSON.writeValueAsString(urls));
        var drive = new ProcessBuilder(ClientSuites.python().toString(), "parity/drive.py", servers.toString(), report.toString())
                .directory(ClientSuites.PYTHON.toFile());
        try (ChildProcess process = ChildProcess.start(drive)) {
            process.awaitSuccess(Duration.ofMinutes(5));
        }
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> calls = JSON.readValue(Files.readString(report), Map.class);
        calls.forEach((name, made) -> differences.get(name).addAll(compareCalls(name, made)));
    }

    @AfterAll
    void stop() {
        ports.values().forEach(Server::close);
        if (gradio != null) {
            gradio.close();
        }
    }

    /** GET routes a Gradio app serves (or refuses), asked of both servers' hello_world. */
    private static final List<String> ROUTES = List.of("/", "/config", "/gradio_api/info", "/gradio_api/app_id",
            "/gradio_api/queue/status", "/gradio_api/startup-events", "/robots.txt", "/manifest.json", "/favicon.ico", "/theme.css",
            "/gradio_api/openapi.json", "/gradio_api/upload_progress?upload_id=none", "/monitoring",
            "/gradio_api/deep_link?session_hash=none", "/gradio_api/file=/no/such/file.txt", "/gradio_api/file/no/such/file.txt",
            "/login_check", "/gradio_api/login_check", "/user", "/gradio_api/user", "/token", "/gradio_api/mcp/schema");

    @Test
    void theRoutesAnswerAsGradiosDoButForTheKnownDifferences() {
        var unexplained = differences.get("routes").stream().filter(d -> APP_REASONS.key(d) == null).map(Difference::toString).toList();
        assertThat(unexplained).as("routes answering otherwise than Gradio's, not listed under \"routes\"").isEmpty();
    }

    /** Each of {@link #ROUTES} asked of both servers' hello_world, listed as the app {@code "routes"}. */
    private List<Difference> compareRoutes(HttpClient http) throws IOException, InterruptedException {
        String app = "hello_world";
        List<Difference> found = new ArrayList<>();
        for (String route : ROUTES) {
            var theirs = answer(http, twinUrls.get(app).replaceAll("/$", "") + route);
            var ours = answer(http, ports.get(app).url().replaceAll("/$", "") + route);
            leaves(found, "routes", "GET " + route.replaceFirst("\\?.*", ""), theirs, ours);
        }
        return found;
    }

    /** A route's answer as compared: its status and its media type. */
    private static Map<String, Object> answer(HttpClient http, String url) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        String type = response.headers().firstValue("content-type").orElse("(none)").replaceFirst(";.*", "").strip();
        return Map.of("status", response.statusCode(), "type", type);
    }

    Stream<String> apps() {
        return Corpus.APPS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void bothServeTheSameAppButForTheKnownDifferences(String name) {
        var unexplained = differences.get(name).stream().filter(d -> !explained(d)).map(Difference::toString).toList();
        assertThat(unexplained).as("differences from the real Gradio not listed in a known-differences.json").isEmpty();
    }

    @Test
    void everyListedDifferenceStillOccurs() {
        Set<String> occurring = differences.values().stream().flatMap(List::stream).map(APP_REASONS::key)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>(APP_REASONS.keys());
        stale.removeAll(occurring);
        assertThat(stale).as("listed in parity/known-differences.json but no longer different: remove them").isEmpty();
    }

    @Test
    void everyTwinHasItsJavaPortAndEveryPortItsTwin() throws IOException {
        try (var twins = Files.list(ClientSuites.PYTHON.resolve("parity/apps"))) {
            Set<String> python = twins.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py") && !f.startsWith("_"))
                    .map(f -> f.substring(0, f.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
            assertThat(python).isEqualTo(new TreeSet<>(Corpus.APPS.keySet()));
        }
        assertThat(Corpus.APPS).as("the issue asks for at least 25 apps").hasSizeGreaterThanOrEqualTo(25);
    }

    private boolean explained(Difference difference) {
        return APP_REASONS.key(difference) != null
                || (!difference.owner().equals(difference.fixture()) && COMPONENT_REASONS.explains(difference));
    }

    @SuppressWarnings("unchecked")
    private List<Difference> compareServed(HttpClient http, String name, Map<String, String> urls) throws Exception {
        String theirRoot = urls.get("gradio").replaceAll("/$", "");
        String ourRoot = urls.get("gradio4j").replaceAll("/$", "");
        Map<String, Object> theirConfig = get(http, theirRoot + "/config");
        Map<String, Object> ourConfig = get(http, ourRoot + "/config");
        var theirs = ConfigFixtures.named(theirConfig, theirRoot, Map.of());
        var ours = ConfigFixtures.named(ourConfig, ourRoot, COMPONENT_REASONS.gradioTypes());
        List<Difference> found = new ArrayList<>(ConfigFixtures.compare(name,
                componentsOnly(theirs).asRecorded(""), componentsOnly(ours)));
        leaves(found, name, "dependencies", byApiName(theirs.dependencies()), byApiName(ours.dependencies()));
        leaves(found, name, "layout", theirs.layout(), ours.layout());
        Map<String, Object> theirSettings = new LinkedHashMap<>(theirConfig);
        Map<String, Object> ourSettings = new LinkedHashMap<>(ourConfig);
        // "page" repeats the components, layout and dependencies for each page of a multipage
        // app (which gradio4j does not have): they are compared above, by name.
        for (String structural : List.of("components", "dependencies", "layout", "page")) {
            theirSettings.remove(structural);
            ourSettings.remove(structural);
        }
        leaves(found, name, "config", ConfigFixtures.portable(theirSettings, theirRoot), ConfigFixtures.portable(ourSettings, ourRoot));
        Object theirInfo = ConfigFixtures.portable(get(http, theirRoot + "/gradio_api/info"), theirRoot);
        Object ourInfo = ConfigFixtures.portable(get(http, ourRoot + "/gradio_api/info"), ourRoot);
        Set<String> explained = new java.util.HashSet<>(withoutComponentListings(theirInfo));
        explained.addAll(withoutComponentListings(ourInfo));
        withoutSnippets(theirInfo, explained);
        withoutSnippets(ourInfo, explained);
        leaves(found, name, "info", theirInfo, ourInfo);
        return found;
    }

    /**
     * Takes from the API description its ids, and what a component's own listing explains: an
     * endpoint's parameter or return is described by its component's {@code api_info} and
     * {@code example_inputs}, so where the core lists those as differing, their copies here are
     * not compared again. Answers the endpoints whose code snippets (made from them) are explained.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> withoutComponentListings(Object info) {
        Set<String> explained = new java.util.HashSet<>();
        var endpoints = (Map<String, Map<String, Object>>) ((Map<String, Object>) info).get("named_endpoints");
        endpoints.forEach((endpointName, endpoint) -> {
            for (String side : List.of("parameters", "returns")) {
                for (Map<String, Object> value : (List<Map<String, Object>>) endpoint.get(side)) {
                    // an unlabelled component is named by its id on both servers, and ids differ
                    if (value.get("label") instanceof String label && label.matches("(parameter|value)_\\d+")) {
                        value.put("label", label.replaceAll("\\d+$", "<id>"));
                    }
                    Map<String, String> listed = COMPONENT_REASONS.reasons()
                            .getOrDefault(String.valueOf(value.get("component")).toLowerCase(java.util.Locale.ROOT), Map.of());
                    if (listed.containsKey("api_info")) {
                        value.remove("type");
                        value.remove("python_type");
                        explained.add(endpointName);
                    }
                    if (listed.containsKey("example_inputs") && value.remove("example_input") != null) {
                        explained.add(endpointName);
                    }
                }
            }
        });
        return explained;
    }

    @SuppressWarnings("unchecked")
    private static void withoutSnippets(Object info, Set<String> endpointNames) {
        var endpoints = (Map<String, Map<String, Object>>) ((Map<String, Object>) info).get("named_endpoints");
        endpointNames.forEach(name -> {
            if (endpoints.get(name) != null) {
                endpoints.get(name).remove("code_snippets");
            }
        });
    }

    /** The components alone: the dependencies and the layout are compared more finely here. */
    private static ConfigFixtures.Named componentsOnly(ConfigFixtures.Named named) {
        return new ConfigFixtures.Named(named.components(), named.ownTypes(), List.of(), null);
    }

    /**
     * The dependencies by API name (Gradio names every one, {@code js_fn} for those without a
     * handler), each referring to the others by API name, so that one more or one fewer on a side
     * is one difference, not a shift of all the ones after it.
     */
    private static Map<String, Object> byApiName(List<Map<String, Object>> dependencies) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < dependencies.size(); i++) {
            names.put("dep#" + i, String.valueOf(dependencies.get(i).get("api_name")));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (Map<String, Object> dependency : dependencies) {
            Map<String, Object> entry = new LinkedHashMap<>(dependency);
            entry.put("cancels", ((List<?>) dependency.get("cancels")).stream().map(ref -> names.getOrDefault(ref, "?")).toList());
            if (dependency.get("trigger_after") != null) {
                entry.put("trigger_after", names.getOrDefault(dependency.get("trigger_after"), "?"));
            }
            named.put(String.valueOf(dependency.get("api_name")), entry);
        }
        return named;
    }

    private List<Difference> compareCalls(String name, List<Map<String, Object>> made) {
        List<Difference> found = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            Map<String, Object> call = made.get(i);
            leaves(found, name, "calls." + call.get("api") + "#" + i, call.get("gradio"), call.get("gradio4j"));
        }
        return found;
    }

    /** Adds a difference for each leaf where the two JSON trees differ, named by its path. */
    private static void leaves(List<Difference> found, String app, String path, Object gradio, Object gradio4j) {
        if (gradio instanceof Map<?, ?> a && gradio4j instanceof Map<?, ?> b) {
            Set<Object> keys = new java.util.LinkedHashSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (Object key : keys) {
                leaves(found, app, path + "." + key, a.containsKey(key) ? a.get(key) : ConfigFixtures.ABSENT,
                        b.containsKey(key) ? b.get(key) : ConfigFixtures.ABSENT);
            }
        } else if (gradio instanceof List<?> a && gradio4j instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                leaves(found, app, path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (!ConfigFixtures.same(gradio, gradio4j)) {
            found.add(new Difference(app, "", "", app, path, gradio, gradio4j));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(HttpClient http, String url) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        try {
            return JSON.readValue(response.body(), Map.class);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("not JSON from " + url + ": " + response.body(), e));
        }
    }
}
