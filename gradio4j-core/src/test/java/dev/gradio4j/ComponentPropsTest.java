package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The props gradio4j writes for each component and layout type, over every case of
 * {@link ComponentFixturesTest}, checked in as {@code gradio4j-frontend/src/lib/component-props.json}.
 * The page's type check ({@code component-props.check.ts}, run by svelte-check with the
 * frontend's tests) fails when a type's props interface does not declare one of them, so the
 * Java and TypeScript sides stay in step. After a deliberate change, rewrite the file with
 * {@code ./mvnw test -pl gradio4j-core -Dtest=ComponentPropsTest -Dgradio4j.props.update=true}.
 */
@Timeout(120)
class ComponentPropsTest {
    private static final Path FILE = Path.of("../gradio4j-frontend/src/lib/component-props.json");
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    @SuppressWarnings("unchecked")
    void thePropsTheJavaSideWritesAreTheCheckedInOnes() throws Exception {
        // Keys only (values null): the type check is about names, and values hold URLs and ports.
        Map<String, Map<String, Object>> byType = new TreeMap<>();
        for (List<ComponentFixturesTest.Case> cases : ComponentFixturesTest.APPS.values()) {
            for (ComponentFixturesTest.Case appCase : cases) {
                try (Server server = appCase.app().get().launch(Launch.options().port(0).quiet(true));
                     WireClient client = new WireClient(server)) {
                    for (Object entry : (List<Object>) client.config().get("components")) {
                        Map<String, Object> component = (Map<String, Object>) entry;
                        String type = (String) component.get("type");
                        if (!type.equals("state")) {
                            Map<String, Object> props = byType.computeIfAbsent(type, t -> new TreeMap<>());
                            ((Map<String, Object>) component.get("props")).keySet().forEach(name -> props.put(name, null));
                        }
                    }
                }
            }
        }
        String written = PRETTY.writeValueAsString(new LinkedHashMap<>(byType)) + "\n";
        if (Boolean.getBoolean("gradio4j.props.update")) {
            Files.writeString(FILE, written);
        }
        assertThat(FILE).as("see this test's Javadoc to write it").exists();
        assertThat(Files.readString(FILE)).as("the checked-in props; see this test's Javadoc to update them").isEqualTo(written);
    }
}
