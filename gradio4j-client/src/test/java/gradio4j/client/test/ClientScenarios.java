package gradio4j.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.client.ApiInfo;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.Endpoint;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.GradioClientException.Kind;
import dev.gradio4j.client.Job;
import dev.gradio4j.client.JobStatus;
import dev.gradio4j.client.JobUpdate;
import dev.gradio4j.client.Parameter;
import dev.gradio4j.client.ProgressUnit;
import dev.gradio4j.client.RemoteFile;
import dev.gradio4j.client.ReturnValue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the client does with an app, written once and run against each server: gradio4j (from the
 * examples module, {@code Gradio4jServerTest}: core depends on the client, not the reverse), the
 * real Gradio 6 and the real Gradio 4 (whose API has no {@code /gradio_api} prefix), each
 * serving the same app ({@code ClientTestApp} in the examples' tests, {@code src/test/python/twin.py}), open on
 * {@link #url()} and behind the login admin / pass1234 on {@link #loginUrl()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientScenarios {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    abstract String url();

    abstract String loginUrl();

    @Test
    void viewApiDescribesTheParametersWithTheirDefaults() {
        try (var client = Client.connect(url())) {
            ApiInfo api = client.viewApi();
            Endpoint greet = api.endpoint("/greet").orElseThrow();
            assertThat(greet.parameters()).extracting(Parameter::name).containsExactly("name", "punctuation");
            Parameter punctuation = greet.parameters().get(1);
            assertThat(punctuation.hasDefault()).isTrue();
            assertThat(punctuation.defaultValue()).isEqualTo("!");
            assertThat(punctuation.type()).isEqualTo("str");
            assertThat(punctuation.component()).isEqualTo("Textbox");
            assertThat(greet.parameters().get(0).hasDefault()).isFalse();
            assertThat(greet.returns()).extracting(ReturnValue::label).containsExactly("greeting");
            // the State input and output are the client's business, not the caller's
            Endpoint count = api.endpoint("count").orElseThrow();
            assertThat(count.parameters()).isEmpty();
            assertThat(count.returns()).extracting(ReturnValue::label).containsExactly("count");
            assertThat(api.endpoints()).extracting(Endpoint::name)
                    .contains("/greet", "/add", "/stream", "/fail", "/upper_file", "/count", "/progress", "/slow");
            assertThat(api.toString()).contains("/greet(name: str, punctuation: str = \"!\") -> greeting: str (Textbox)");
        }
    }

    @Test
    void predictTakesArgumentsByPositionAndFillsInDefaults() {
        try (var client = Client.connect(url())) {
            String greeting = client.predict("/greet", "Ada").text(0);
            assertThat(greeting).isEqualTo("Hello, Ada!");
            assertThat(client.predict("greet", "Ada", "?").values()).containsExactly("Hello, Ada?");
            assertThat(client.predict("/add", 2, 3.5).get(0, Double.class)).isEqualTo(5.5);
            assertThat(client.predict("/add", 2, 3).get(0, Integer.class)).isEqualTo(5);   // 5 or 5.0 on the wire
        }
    }

    @Test
    void predictTakesArgumentsByNameAndFillsInDefaults() {
        try (var client = Client.connect(url())) {
            assertThat(client.predict("/greet", Map.of("name", "Ada")).text(0)).isEqualTo("Hello, Ada!");
            assertThat(client.predict("/greet", Map.of("punctuation", "...", "name", "Bo")).text(0)).isEqualTo("Hello, Bo...");
        }
    }

    @Test
    void submitStreamsEveryStepOfAGeneratorThenItsResult() {
        try (var client = Client.connect(url())) {
            Job job = client.submit("/stream", "abcd");
            List<Object> steps = job.outputs().map(step -> step.get(0)).toList();
            assertThat(steps).startsWith("a", "ab", "abc", "abcd").endsWith("abcd");
            assertThat(job.result().values()).containsExactly("abcd");
            assertThat(job.status().stage()).isEqualTo(JobStatus.Stage.FINISHED);
            List<JobUpdate> updates = job.updates().toList();
            assertThat(updates).filteredOn(u -> u instanceof JobUpdate.Output o && !o.last()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(updates.getLast()).isInstanceOfSatisfying(JobUpdate.Status.class,
                    last -> assertThat(last.status().stage()).isEqualTo(JobStatus.Stage.FINISHED));
        }
    }

    @Test
    void aJobReportsTheFunctionsProgressAndMessages() {
        try (var client = Client.connect(url())) {
            Job job = client.submit("/progress", 3);
            assertThat(job.result(LIMIT).text(0)).isEqualTo("finished");
            List<ProgressUnit> units = job.updates()
                    .flatMap(u -> u instanceof JobUpdate.Status s ? s.status().progress().stream() : java.util.stream.Stream.empty())
                    .toList();
            // Gradio samples the progress on its own clock, not at each update: a step may be skipped
            assertThat(units.stream().map(ProgressUnit::description).distinct().toList())
                    .isSubsetOf("step 1 of 3", "step 2 of 3", "step 3 of 3").contains("step 1 of 3").hasSizeGreaterThanOrEqualTo(2);
            assertThat(units).allSatisfy(unit -> {
                assertThat(unit.description()).isEqualTo("step " + (unit.index() + 1) + " of 3");
                assertThat(unit.length()).isEqualTo(3);
            });
            assertThat(job.updates().filter(u -> u instanceof JobUpdate.Log).map(u -> (JobUpdate.Log) u))
                    .singleElement().satisfies(log -> {
                        assertThat(log.message()).isEqualTo("counting to 3");
                        assertThat(log.level()).isEqualTo("info");
                    });
        }
    }

    @Test
    void aJobWaitingForAnotherIsToldItsPlaceInTheQueue() {
        try (var client = Client.connect(url()); var other = Client.connect(url())) {
            Job first = other.submit("/slow", 1.0);
            awaitStage(first, JobStatus.Stage.RUNNING);
            Job second = client.submit("/slow", 0.1);
            assertThat(second.result(LIMIT).text(0)).isEqualTo("done");
            assertThat(first.status().stage()).isEqualTo(JobStatus.Stage.FINISHED);   // it was ahead
            List<JobStatus> queued = second.updates().filter(u -> u instanceof JobUpdate.Status).map(u -> ((JobUpdate.Status) u).status())
                    .filter(s -> s.stage() == JobStatus.Stage.QUEUED).toList();
            assertThat(queued).isNotEmpty();
            assertThat(queued.getFirst().queuePosition()).isNotNull().isGreaterThanOrEqualTo(0);
            assertThat(queued.getFirst().queueSize()).isNotNull().isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void cancelStopsARunningJobAndTheClientGoesOn() {
        try (var client = Client.connect(url())) {
            Job job = client.submit("/slow", 20.0);
            awaitStage(job, JobStatus.Stage.RUNNING);
            long start = System.nanoTime();
            job.cancel();
            assertThatThrownBy(() -> job.result(LIMIT)).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.CANCELLED));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(job.status().stage()).isEqualTo(JobStatus.Stage.CANCELLED);
            assertThat(client.predict("/greet", "again").text(0)).isEqualTo("Hello, again!");
            // the app stopped it: a new slow job does not wait behind the cancelled one
            assertThat(client.submit("/slow", 0.1).result(Duration.ofSeconds(15)).text(0)).isEqualTo("done");
        }
    }

    @Test
    void filesGoUpFromAPathOrBytesAndComeBackAsRemoteFiles(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello file");
        try (var client = Client.connect(url())) {
            RemoteFile upper = client.predict("/upper_file", FileInput.of(notes)).file(0);
            assertThat(upper.name()).endsWith("notes.txt");
            assertThat(new String(upper.bytes(), StandardCharsets.UTF_8)).isEqualTo("HELLO FILE");
            Path saved = upper.download(Files.createDirectory(dir.resolve("out")));
            assertThat(saved).hasFileName(upper.name()).hasContent("HELLO FILE");

            RemoteFile fromBytes = client.predict("/upper_file", FileInput.of("bytes here".getBytes(StandardCharsets.UTF_8), "b.txt")).file(0);
            try (InputStream in = fromBytes.open()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("BYTES HERE");
            }
            // a Path is uploaded as well, and a returned file can be passed back as it is
            RemoteFile again = client.predict("/upper_file", notes).file(0);
            RemoteFile twice = client.predict("/upper_file", again).file(0);
            assertThat(new String(twice.bytes(), StandardCharsets.UTF_8)).isEqualTo("HELLO FILE");
        }
    }

    @Test
    void stateLastsAcrossTheCallsOfOneClientAndIsNotShared() {
        try (var one = Client.connect(url()); var another = Client.connect(url())) {
            assertThat(one.predict("/count").get(0, Integer.class)).isEqualTo(1);
            assertThat(one.predict("/count").get(0, Integer.class)).isEqualTo(2);
            assertThat(another.predict("/count").get(0, Integer.class)).isEqualTo(1);
            assertThat(one.predict("/count").get(0, Integer.class)).isEqualTo(3);
        }
    }

    @Test
    void aPasswordLoginIsAcceptedOrRefused() {
        try (var client = Client.connect(loginUrl(), ClientOptions.defaults().withLogin("admin", "pass1234"))) {
            assertThat(client.predict("/greet", "admin").text(0)).isEqualTo("Hello, admin!");
        }
        assertThatThrownBy(() -> Client.connect(loginUrl(), ClientOptions.defaults().withLogin("admin", "wrong")))
                .isInstanceOfSatisfying(GradioClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.LOGIN_REFUSED);
                    assertThat(e).hasMessageContaining("refused the login of \"admin\"").hasMessageContaining("password");
                });
        assertThatThrownBy(() -> Client.connect(loginUrl())).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.LOGIN_REFUSED);
            assertThat(e).hasMessageContaining("needs a login").hasMessageContaining("withLogin");
        });
    }

    @Test
    void anUnknownEndpointIsNamedWithTheKnownOnes() {
        try (var client = Client.connect(url())) {
            assertThatThrownBy(() -> client.predict("/nope", 1)).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_ENDPOINT);
                assertThat(e).hasMessageContaining("no endpoint /nope").hasMessageContaining("/greet");
            });
        }
    }

    @Test
    void argumentsThatDoNotFitAreRefusedByParameterName() {
        try (var client = Client.connect(url())) {
            assertThatThrownBy(() -> client.predict("/add", "two", 3)).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.VALIDATION);
                assertThat(e).hasMessageContaining("Argument 'a' of /add must be a number").hasMessageContaining("\"two\"");
            });
            assertThatThrownBy(() -> client.predict("/greet")).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e).hasMessageContaining("needs its argument 'name'"));
            assertThatThrownBy(() -> client.predict("/greet", "a", "b", "c")).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e).hasMessageContaining("takes 2 arguments").hasMessageContaining("3 were given"));
            assertThatThrownBy(() -> client.predict("/greet", Map.of("nam", "Ada"))).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e).hasMessageContaining("no parameter 'nam'").hasMessageContaining("name: str"));
            assertThatThrownBy(() -> client.predict("/upper_file", Path.of("no/such/file.txt"))).isInstanceOfSatisfying(
                    GradioClientException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.VALIDATION);
                        assertThat(e).hasMessageContaining("No file at").hasMessageContaining("file.txt");
                    });
        }
    }

    @Test
    void anErrorTheFunctionRaisesReachesTheCallerWithItsMessage() {
        try (var client = Client.connect(url())) {
            assertThatThrownBy(() -> client.predict("/fail", "boom")).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.APP_ERROR);
                assertThat(e).hasMessageContaining("/fail failed: bad input: boom");
            });
            Job job = client.submit("/fail", "again");
            assertThat(job.future()).failsWithin(LIMIT);
            assertThat(job.status().stage()).isEqualTo(JobStatus.Stage.FAILED);
            assertThatThrownBy(() -> job.outputs().toList()).isInstanceOf(GradioClientException.class)
                    .hasMessageContaining("bad input: again");
        }
    }

    @Test
    void anEventOutsideTheQueueIsCalledAsTheOfficialClientsCallIt() {
        try (var client = Client.connect(url())) {
            assertThat(client.viewApi().endpoint("/reverse")).isPresent();
            assertThat(client.predict("/reverse", "abc").text(0)).isEqualTo("cba");
            Job job = client.submit("/reverse", "xyz");
            assertThat(job.result(LIMIT).values()).containsExactly("zyx");
            assertThat(job.status().stage()).isEqualTo(JobStatus.Stage.FINISHED);
        }
    }

    @Test
    void aBatchFunctionIsCalledWithOneSampleAndAnswersThatSamplesResult() {
        try (var client = Client.connect(url())) {
            Endpoint shout = client.viewApi().endpoint("/shout").orElseThrow();
            assertThat(shout.parameters()).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo("str"));   // one sample, not a list
            var one = client.predict("/shout", "one");
            assertThat(one.text(0)).isEqualTo("ONE");
            assertThat(one.get(1, Integer.class)).isEqualTo(1);
            // the first runs alone for half a second; the others wait for it and run as one batch
            List<Job> jobs = new ArrayList<>();
            for (String word : List.of("a", "b", "c", "d")) {
                jobs.add(client.submit("/shout", word));
            }
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                var result = jobs.get(i).result(LIMIT);
                assertThat(result.text(0)).isEqualTo(List.of("A", "B", "C", "D").get(i));
                sizes.add(result.get(1, Integer.class));
            }
            assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 4)).anySatisfy(size -> assertThat(size).isGreaterThan(1));
        }
    }

    @Test
    void anEndpointIsCalledByItsFnIndexAsTheOfficialClientsAllow() {
        try (var client = Client.connect(url())) {
            int greet = fnIndex(client, "greet");
            assertThat(client.predict(greet, "Ada").text(0)).isEqualTo("Hello, Ada!");   // the default filled in
            assertThat(client.predict(greet, Map.of("name", "Bo", "punctuation", "?")).text(0)).isEqualTo("Hello, Bo?");
            assertThat(client.submit(fnIndex(client, "stream"), "ab").outputs().map(step -> step.get(0)).toList()).startsWith("a", "ab");
            // an endpoint left out of the docs is called by index or by name, as Python's client does
            assertThat(client.viewApi().endpoint("/hidden")).isEmpty();
            assertThat(client.predict(fnIndex(client, "hidden"), "x").text(0)).isEqualTo("hidden x");
            assertThat(client.predict("/hidden", "y").text(0)).isEqualTo("hidden y");
        }
    }

    @Test
    void aPrivateOrUnknownFnIndexIsRefusedBeforeAnythingIsSent() {
        try (var client = Client.connect(url())) {
            int secret = privateFnIndex(client);
            assertThatThrownBy(() -> client.predict(secret, "x")).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_ENDPOINT);
                assertThat(e).hasMessageContaining("fn_index " + secret).hasMessageContaining("private");
            });
            assertThatThrownBy(() -> client.predict(999, "x")).isInstanceOfSatisfying(GradioClientException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_ENDPOINT);
                assertThat(e).hasMessageContaining("no endpoint with fn_index 999").hasMessageContaining("fn_index " + fnIndex(client, "greet"));
            });
            assertThatThrownBy(() -> client.predict("/secret", "x")).isInstanceOfSatisfying(GradioClientException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_ENDPOINT));
        }
    }

    /** The {@code fn_index} of the endpoint named {@code apiName}, as the app's config gives it. */
    static int fnIndex(Client client, String apiName) {
        List<?> dependencies = (List<?>) client.config().get("dependencies");
        for (int i = 0; i < dependencies.size(); i++) {
            if (dependencies.get(i) instanceof Map<?, ?> d && apiName.equals(d.get("api_name"))) {
                return d.get("id") instanceof Number id ? id.intValue() : i;
            }
        }
        throw new AssertionError("No dependency named " + apiName + " in " + client);
    }

    /** The {@code fn_index} of the app's private event: {@code api_name=False} in Gradio 4, {@code api_visibility="private"} since. */
    static int privateFnIndex(Client client) {
        List<?> dependencies = (List<?>) client.config().get("dependencies");
        for (int i = 0; i < dependencies.size(); i++) {
            if (dependencies.get(i) instanceof Map<?, ?> d && Boolean.TRUE.equals(d.get("backend_fn"))
                    && (Boolean.FALSE.equals(d.get("api_name")) || "private".equals(d.get("api_visibility")))) {
                return d.get("id") instanceof Number id ? id.intValue() : i;
            }
        }
        throw new AssertionError("No private dependency in " + client);
    }

    static void awaitStage(Job job, JobStatus.Stage stage) {
        List<JobStatus.Stage> seen = new ArrayList<>();
        for (JobUpdate update : job) {
            if (update instanceof JobUpdate.Status status) {
                seen.add(status.status().stage());
                if (status.status().stage() == stage) {
                    return;
                }
            }
        }
        throw new AssertionError(job + " never reached " + stage + "; it went through " + seen);
    }
}
