package dev.gradio4j.examples;

import dev.gradio4j.ConfigFixtures.Difference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differences the parity corpus accepts between an app on the real Gradio and its Java port
 * ({@code src/test/resources/parity/known-differences.json}): under an app's name, or under
 * {@value #EVERY_APP}, a path and its reason. A path is what the test reports, with list indices
 * written {@code []} and {@code *} for any one name ({@code "info.named_endpoints.*.returns[].label"});
 * a component's difference is written with the component's name first ({@code "textbox#1 props.lines"}).
 */
record ParityReasons(Map<String, Map<String, String>> reasons) {
    static final String EVERY_APP = "every app";
    private static final String FILE = "/parity/known-differences.json";

    @SuppressWarnings("unchecked")
    static ParityReasons load() {
        try (InputStream in = ParityReasons.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " on the test class path");
            }
            Map<String, Object> file = JsonMapper.builder().build().readValue(in, Map.class);
            Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
            file.forEach((owner, entries) -> {
                if (!owner.equals("about")) {
                    reasons.put(owner, (Map<String, String>) entries);
                }
            });
            return new ParityReasons(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listing that explains the difference ({@code "owner path"}), or null. */
    @Nullable String key(Difference difference) {
        String path = (difference.name().isEmpty() ? "" : difference.name() + " ") + difference.path().replaceAll("\\[\\d+]", "[]");
        for (var owner : reasons.entrySet()) {
            boolean applies = owner.getKey().equals(EVERY_APP)
                    || Arrays.stream(owner.getKey().split(",")).map(String::strip).anyMatch(difference.fixture()::equals);
            if (!applies) {
                continue;
            }
            for (String listed : owner.getValue().keySet()) {
                if (matches(listed, path)) {
                    return owner.getKey() + " " + listed;
                }
            }
        }
        return null;
    }

    /** Every listing, as {@code "owner path"}. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        reasons.forEach((owner, byPath) -> byPath.keySet().forEach(path -> keys.add(owner + " " + path)));
        return keys;
    }

    private static boolean matches(String listed, String path) {
        String regex = Arrays.stream(listed.split("\\*\\*", -1))
                .map(part -> Arrays.stream(part.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^.]*")))
                .collect(Collectors.joining(".*"));
        return Pattern.matches(regex, path);
    }
}
