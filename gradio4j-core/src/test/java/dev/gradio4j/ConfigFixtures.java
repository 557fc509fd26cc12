package dev.gradio4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares gradio4j's {@code /config} with what the real Gradio sent for the same app, as recorded
 * in {@code src/test/resources/fixtures/components/} by {@code src/test/python/record_component_fixtures.py},
 * and knows the differences we accept ({@code known-differences.json}, the one list of them).
 *
 * <p>Both configs are named the recorder's way: components by type and rank ({@code "textbox"},
 * {@code "textbox#1"}), dependencies by rank, the app itself {@code "app"}, so ids never matter.
 * The layouts compare as trees of those names. A component is compared field by field ({@code type}, {@code skip_api}, {@code api_info}, ...)
 * and prop by prop ({@code props.label}); numbers compare by value ({@code 1} equals {@code 1.0});
 * the server's own URL reads {@code ${root}} on both sides.
 */
public final class ConfigFixtures {
    static final String DIRECTORY = "/fixtures/components/";
    /** The fields of a component's config entry the recorder keeps ({@code props} is compared prop by prop). */
    static final List<String> FIELDS = List.of("type", "skip_api", "component_class_id", "key",
            "api_info", "api_info_as_input", "api_info_as_output", "example_inputs");
    /** Where a known difference applies to every component. */
    static final String EVERY_COMPONENT = "every component";

    private ConfigFixtures() {}

    /**
     * One way gradio4j's config differs from Gradio's.
     *
     * @param owner what the difference is listed under: the gradio4j type of a component
     *              ({@code "button"} for a ClearButton too), or the fixture for its dependencies
     * @param path  {@code "type"}, {@code "props.label"}, {@code "dependencies.queue"}, ...
     * @param gradio   Gradio's value, {@link #ABSENT} when it has none
     * @param gradio4j gradio4j's value, {@link #ABSENT} when it has none
     */
    public record Difference(String fixture, String testCase, String name, String owner, String path, Object gradio, Object gradio4j) {
        @Override
        public String toString() {
            return fixture + " / " + testCase + " / " + name + " " + path + ": Gradio " + show(gradio) + ", gradio4j " + show(gradio4j)
                    + "  (list as \"" + owner + "\": {\"" + path + "\": reason})";
        }

        private static String show(Object value) {
            String json = value == ABSENT ? "(none)" : WireClient.json(value);
            return json.length() > 300 ? json.substring(0, 300) + "..." : json;
        }
    }

    /** Stands for a field or prop one side leaves out. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(none)";
        }
    };

    /** A recorded fixture: the Gradio code and config of each case, in order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases(String fixture) {
        return (List<Map<String, Object>>) read(fixture + ".json").get("cases");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) {
        try (InputStream in = ConfigFixtures.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new AssertionError("no fixture " + DIRECTORY + file + "; record it with src/test/python/record_component_fixtures.py");
            }
            return (Map<String, Object>) WireClient.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The accepted differences of {@code known-differences.json}: under a gradio4j component
     * type (or {@value #EVERY_COMPONENT}, or a fixture's name for its dependencies), a path and the
     * reason. A {@code "type"} entry is an object that also gives Gradio's type, so that the
     * component is named as Gradio names it.
     */
    public record Known(Map<String, Map<String, String>> reasons, Map<String, String> gradioTypes) {
        @SuppressWarnings("unchecked")
        public static Known load() {
            Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
            Map<String, String> gradioTypes = new HashMap<>();
            read("known-differences.json").forEach((owner, entries) -> {
                if (owner.equals("about")) {
                    return;
                }
                Map<String, String> byPath = new LinkedHashMap<>();
                ((Map<String, Object>) entries).forEach((path, reason) -> {
                    if (reason instanceof Map<?, ?> typed) {
                        gradioTypes.put(owner, (String) typed.get("gradio"));
                        byPath.put(path, (String) typed.get("reason"));
                    } else {
                        byPath.put(path, (String) reason);
                    }
                });
                reasons.put(owner, byPath);
            });
            return new Known(reasons, gradioTypes);
        }

        /** Whether the difference is listed, for its owner or for every component. */
        public boolean explains(Difference difference) {
            return key(difference) != null;
        }

        /** The listing that explains the difference ({@code "owner path"}), or null. */
        public @Nullable String key(Difference difference) {
            if (reasons.getOrDefault(difference.owner(), Map.of()).containsKey(difference.path())) {
                return difference.owner() + " " + difference.path();
            }
            boolean ofComponent = !difference.path().startsWith("dependencies");
            return ofComponent && reasons.getOrDefault(EVERY_COMPONENT, Map.of()).containsKey(difference.path())
                    ? EVERY_COMPONENT + " " + difference.path() : null;
        }

        /** Every listing, as {@code "owner path"}. */
        Set<String> keys() {
            Set<String> keys = new TreeSet<>();
            reasons.forEach((owner, byPath) -> byPath.keySet().forEach(path -> keys.add(owner + " " + path)));
            return keys;
        }
    }

    /**
     * A config, named as the recorder names Gradio's: its components by name, their own types,
     * its dependencies, and its layout as the recorder writes it (a leaf by its name, a parent as
     * {@code [name, children...]}).
     */
    public record Named(Map<String, Map<String, Object>> components, Map<String, String> ownTypes,
                        List<Map<String, Object>> dependencies, @Nullable Object layout) {
        /**
         * Without Gradio's automatic {@code form} blocks, as the recorder leaves them out (they
         * are not components): a form's children take its place in the layout.
         */
        public Named withoutForms() {
            Map<String, Map<String, Object>> kept = new LinkedHashMap<>(components);
            kept.values().removeIf(component -> "form".equals(component.get("type")));
            return new Named(kept, ownTypes, dependencies, hoistForms(layout, kept.keySet()));
        }

        /** As a recorded case: the form {@link #compare} takes for Gradio's side. */
        public Map<String, Object> asRecorded(String testCase) {
            Map<String, Object> recorded = new HashMap<>();
            recorded.put("case", testCase);
            recorded.put("components", components);
            recorded.put("dependencies", dependencies);
            recorded.put("layout", layout);
            return recorded;
        }

        private static @Nullable Object hoistForms(@Nullable Object node, Set<String> kept) {
            if (!(node instanceof List<?> parent)) {
                return node;
            }
            List<Object> hoisted = new ArrayList<>();
            hoisted.add(parent.getFirst());
            for (Object child : parent.subList(1, parent.size())) {
                Object named = hoistForms(child, kept);
                if (named instanceof List<?> form && !kept.contains(String.valueOf(form.getFirst()))
                        && String.valueOf(form.getFirst()).matches("form(#\\d+)?")) {
                    hoisted.addAll(form.subList(1, form.size()));
                } else {
                    hoisted.add(named);
                }
            }
            return hoisted;
        }
    }

    /**
     * Names the components and dependencies of gradio4j's config the recorder's way, and writes
     * the server's URL as {@code ${root}}.
     *
     * @param gradioTypes the type Gradio gives a component whose gradio4j type differs
     */
    @SuppressWarnings("unchecked")
    public static Named named(Map<String, Object> config, String root, Map<String, String> gradioTypes) {
        config = (Map<String, Object>) portable(config, root);
        Map<Object, String> names = new HashMap<>();
        names.put(((Map<String, Object>) config.get("layout")).get("id"), "app");
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        Map<String, String> ownTypes = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (Map<String, Object> component : (List<Map<String, Object>>) config.get("components")) {
            String type = (String) component.get("type");
            String gradioType = gradioTypes.getOrDefault(type, type);
            int rank = ranks.merge(gradioType, 1, Integer::sum) - 1;
            String name = rank == 0 ? gradioType : gradioType + "#" + rank;
            names.put(component.get("id"), name);
            components.put(name, component);
            ownTypes.put(name, type);
        }
        List<Map<String, Object>> deps = (List<Map<String, Object>>) config.get("dependencies");
        Map<Object, String> depNames = new HashMap<>();
        for (int i = 0; i < deps.size(); i++) {
            depNames.put(deps.get(i).get("id"), "dep#" + i);
        }
        List<Map<String, Object>> dependencies = new ArrayList<>();
        for (Map<String, Object> dependency : deps) {
            Map<String, Object> entry = new LinkedHashMap<>(dependency);
            entry.remove("id");
            entry.put("targets", ((List<List<Object>>) dependency.get("targets")).stream()
                    .map(target -> List.of(ref(names, target.get(0)), target.get(1))).toList());
            entry.put("inputs", ((List<Object>) dependency.get("inputs")).stream().map(id -> ref(names, id)).toList());
            entry.put("outputs", ((List<Object>) dependency.get("outputs")).stream().map(id -> ref(names, id)).toList());
            entry.put("cancels", ((List<Object>) dependency.get("cancels")).stream().map(id -> ref(depNames, id)).toList());
            if (dependency.get("trigger_after") != null) {
                entry.put("trigger_after", ref(depNames, dependency.get("trigger_after")));
            }
            dependencies.add(entry);
        }
        return new Named(components, ownTypes, dependencies, layout(names, (Map<String, Object>) config.get("layout")));
    }

    /** A layout node as the recorder writes it: a leaf by its name, a parent as {@code [name, children...]}. */
    @SuppressWarnings("unchecked")
    private static Object layout(Map<Object, String> names, Map<String, Object> node) {
        if (!node.containsKey("children")) {
            return ref(names, node.get("id"));
        }
        List<Object> named = new ArrayList<>();
        named.add(ref(names, node.get("id")));
        ((List<Map<String, Object>>) node.get("children")).forEach(child -> named.add(layout(names, child)));
        return named;
    }

    private static String ref(Map<Object, String> names, Object id) {
        return names.getOrDefault(id, "?" + id);
    }

    /** A copy of a JSON tree with the server's URL written as {@code ${root}}. */
    public static @Nullable Object portable(@Nullable Object value, String root) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, portable(v, root)));
                yield copy;
            }
            case List<?> list -> list.stream().map(item -> portable(item, root)).toList();
            case String text -> text.replace(root, "${root}");
            case null, default -> value;
        };
    }

    /** Every difference between a recorded case and gradio4j's config of the same app. */
    @SuppressWarnings("unchecked")
    public static List<Difference> compare(String fixture, Map<String, Object> recorded, Named ours) {
        String testCase = (String) recorded.get("case");
        List<Difference> differences = new ArrayList<>();
        var theirs = (Map<String, Map<String, Object>>) recorded.get("components");
        Set<String> names = new LinkedHashSet<>(theirs.keySet());
        names.addAll(ours.components().keySet());
        for (String name : names) {
            Map<String, Object> gradio = theirs.get(name);
            Map<String, Object> gradio4j = ours.components().get(name);
            String owner = ours.ownTypes().getOrDefault(name, name.replaceAll("#\\d+$", ""));
            if (gradio == null || gradio4j == null) {
                differences.add(new Difference(fixture, testCase, name, owner, "(the component)",
                        gradio == null ? ABSENT : gradio.get("type"), gradio4j == null ? ABSENT : gradio4j.get("type")));
                continue;
            }
            for (String field : FIELDS) {
                differ(differences, new Difference(fixture, testCase, name, owner, field, value(gradio, field), value(gradio4j, field)));
            }
            var theirProps = (Map<String, Object>) gradio.get("props");
            var ourProps = (Map<String, Object>) gradio4j.get("props");
            Set<String> props = new LinkedHashSet<>(theirProps.keySet());
            props.addAll(ourProps.keySet());
            for (String prop : props) {
                differ(differences, new Difference(fixture, testCase, name, owner, "props." + prop, value(theirProps, prop), value(ourProps, prop)));
            }
        }
        differ(differences, new Difference(fixture, testCase, "app", fixture, "layout", value(recorded, "layout"), ours.layout()));
        var theirDeps = (List<Map<String, Object>>) recorded.get("dependencies");
        if (theirDeps.size() != ours.dependencies().size()) {
            differences.add(new Difference(fixture, testCase, "", fixture, "dependencies", theirDeps, ours.dependencies()));
            return differences;
        }
        for (int i = 0; i < theirDeps.size(); i++) {
            Set<String> fields = new LinkedHashSet<>(theirDeps.get(i).keySet());
            fields.addAll(ours.dependencies().get(i).keySet());
            for (String field : fields) {
                differ(differences, new Difference(fixture, testCase, "dep#" + i, fixture, "dependencies." + field,
                        value(theirDeps.get(i), field), value(ours.dependencies().get(i), field)));
            }
        }
        return differences;
    }

    private static Object value(Map<String, Object> map, String key) {
        return map.containsKey(key) ? map.get(key) : ABSENT;
    }

    private static void differ(List<Difference> differences, Difference candidate) {
        if (!same(candidate.gradio(), candidate.gradio4j())) {
            differences.add(candidate);
        }
    }

    /** JSON equality, numbers by value. */
    public static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof java.lang.Number x && b instanceof java.lang.Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Iterator<?> i = x.iterator(), j = y.iterator(); i.hasNext(); ) {
                if (!same(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
