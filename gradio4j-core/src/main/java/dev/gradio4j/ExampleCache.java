package dev.gradio4j;

import dev.gradio4j.internal.app.FunctionNames;
import dev.gradio4j.internal.app.Invoker;
import dev.gradio4j.internal.app.Slot;
import dev.gradio4j.internal.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.BaseStream;
import org.jspecify.annotations.Nullable;

/**
 * The outputs of a function's examples, computed once and kept on disk: one folder per function
 * (named after it, with a hash of its identity and its components), one JSON file per example
 * (named by a hash of its input payloads, files by their content), files copied beside it. So a
 * restart with the same function and inputs runs nothing, and a changed example runs alone.
 * The outputs are kept as wire payloads; their files are published again at each start, since
 * the server's file store does not outlive it.
 */
final class ExampleCache {
    /** Gradio's default place, under the working directory, and its variable for another. */
    static final String DEFAULT_FOLDER = ".gradio/cached_examples";
    static final String FOLDER_VARIABLE = "GRADIO_EXAMPLES_CACHE";

    private final Path folder;
    private final CacheMode mode;
    private final Invoker fn;
    private final List<Component<?, ?>> inputs;
    private final Output<?> output;
    private final List<Component<?, ?>> outputs;
    private final ValueContext context;
    private final String what;
    private final List<List<Object>> inputPayloads;
    private final List<String> keys = new ArrayList<>();
    private final List<@Nullable List<Object>> loaded = new ArrayList<>();
    private final List<Object> locks = new ArrayList<>();

    /**
     * @param root    the cache folder the app chose, or null for Gradio's default
     * @param named   the function, for the folder's name and key
     * @param fn      runs the function on the inputs' Java values
     * @param what    how the examples are named in messages ("the examples of translate")
     */
    ExampleCache(@Nullable Path root, CacheMode mode, Serializable named, Invoker fn, List<? extends Component<?, ?>> inputs,
                 Output<?> output, List<List<Object>> inputPayloads, ValueContext context, String what) {
        this.mode = mode;
        this.fn = fn;
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.outputs = List.copyOf(Outputs.componentsOf(output));
        this.context = context;
        this.what = what;
        this.inputPayloads = inputPayloads;
        for (Component<?, ?> component : concat(this.inputs, outputs)) {
            if (component instanceof State<?>) {
                throw new IllegalArgumentException("Cannot cache " + what + ": a State input or output has no value to"
                        + " cache. Leave caching off, or take the State out of the examples' inputs and outputs.");
            }
        }
        StringBuilder identity = new StringBuilder(FunctionNames.identity(named));
        concat(this.inputs, outputs).forEach(component -> identity.append('|').append(component.type()));
        this.folder = rootFolder(root).resolve(FunctionNames.of(named) + "-" + sha256(identity.toString()).substring(0, 12));
        for (List<Object> payloads : inputPayloads) {
            keys.add(sha256(JsonCodec.write(withFileContents(payloads))).substring(0, 24));
            loaded.add(null);
            locks.add(new Object());
        }
    }

    /** The folder the app chose, else {@code GRADIO_EXAMPLES_CACHE}, else Gradio's {@code .gradio/cached_examples}. */
    static Path rootFolder(@Nullable Path chosen) {
        if (chosen != null) {
            return chosen.toAbsolutePath();
        }
        String variable = System.getenv(FOLDER_VARIABLE);
        return Path.of(variable != null && !variable.isBlank() ? variable : DEFAULT_FOLDER).toAbsolutePath();
    }

    Path folder() {
        return folder;
    }

    /** Eager mode: runs every example not cached yet, saying so in the terminal. */
    void start() throws Exception {
        if (mode != CacheMode.EAGER) {
            System.out.println("Will cache " + what + " in '" + folder + "' at first use.");
            return;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!Files.isRegularFile(entry(i))) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            System.out.println("Using the cache of " + what + " in '" + folder + "' (delete it to run them again).");
        } else {
            System.out.println("Caching " + what + " in '" + folder + "':");
        }
        int done = 0;
        for (int i : missing) {
            long started = System.nanoTime();
            outputs(i);
            done++;
            System.out.printf("  example %d of %d (%d/%d) cached in %.2f s%n", i + 1, keys.size(), done, missing.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The outputs of example {@code index} as wire payloads, from memory, the disk, or a run of the function. */
    List<Object> outputs(int index) throws Exception {
        synchronized (locks.get(index)) {
            List<Object> payloads = loaded.get(index);
            if (payloads == null) {
                payloads = Files.isRegularFile(entry(index)) ? read(index) : runAndStore(index);
                loaded.set(index, payloads);
            }
            return payloads;
        }
    }

    private Path entry(int index) {
        return folder.resolve(keys.get(index) + ".json");
    }

    private Path filesOf(int index) {
        return folder.resolve(keys.get(index) + ".files");
    }

    private List<Object> runAndStore(int index) throws Exception {
        List<@Nullable Object> args = new ArrayList<>();
        List<Object> payloads = inputPayloads.get(index);
        for (int i = 0; i < inputs.size(); i++) {
            args.add(payloads.get(i) == null ? null : inputs.get(i).preprocess(payloads.get(i), context));
        }
        Object result = fn.invoke(args);
        Output<?> target = output;
        if (output instanceof StreamingOutput<?> streaming) {
            // As Gradio, a streamed result is cached as its last value, which a click shows at once.
            result = last(result);
            target = streaming.target;
        }
        List<Slot> slots = ResultMapping.forOutput(target, outputs.size()).map(result);
        List<Object> live = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            live.add(payload(outputs.get(i), slots.get(i)));
        }
        store(index, live);
        return live;
    }

    private static @Nullable Object last(@Nullable Object result) {
        Iterator<?> values = switch (result) {
            case BaseStream<?, ?> stream -> stream.iterator();
            case Iterator<?> iterator -> iterator;
            case Iterable<?> iterable -> iterable.iterator();
            case null, default -> throw new IllegalStateException("a streaming handler returns a Stream, an Iterator or an Iterable");
        };
        Object last = null;
        try {
            while (values.hasNext()) {
                last = values.next();
            }
        } finally {
            if (result instanceof BaseStream<?, ?> stream) {
                stream.close();
            }
        }
        return last;
    }

    private @Nullable Object payload(Component<?, ?> component, Slot slot) throws Exception {
        return switch (slot) {
            case Slot.Skip skip -> Map.of("__type__", "update");
            case Slot.Payload(Object payload) -> payload;
            case Slot.Value(Object value) -> postprocessed(component, value);
            case Slot.Update update -> {
                Map<String, Object> payload = new LinkedHashMap<>(update.props());
                if (update.hasValue()) {
                    payload.put("value", postprocessed(component, update.value()));
                }
                payload.put("__type__", "update");
                yield payload;
            }
        };
    }

    private <T> @Nullable Object postprocessed(Component<T, ?> component, @Nullable Object value) throws Exception {
        return component.postprocess(component.coerce(value), context);
    }

    /** Writes the outputs, their files copied into the cache, so that a half-written entry is never read. */
    private void store(int index, List<Object> live) throws IOException {
        Files.createDirectories(folder);
        Path files = filesOf(index);
        int[] count = {0};
        Object kept = FileTrees.map(live, file -> {
            Path source = context.resolve(FileData.fromPayload(file));
            Files.createDirectories(files);
            String name = (count[0]++) + "-" + safeName(source.getFileName().toString());
            Files.copy(source, files.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Map<String, Object> copy = new LinkedHashMap<>(file);
            copy.put("path", name);
            copy.put("url", null);
            return copy;
        });
        Path temp = Files.createTempFile(folder, ".entry-", ".part");
        Files.writeString(temp, JsonCodec.write(Map.of("outputs", kept)));
        Files.move(temp, entry(index), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads an entry back, publishing its files to this server's file store. */
    @SuppressWarnings("unchecked")
    private List<Object> read(int index) throws IOException {
        Object tree;
        try (InputStream in = Files.newInputStream(entry(index))) {
            tree = JsonCodec.parse(in);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The cached example " + entry(index) + " cannot be read (" + e.getMessage()
                    + "); delete it to run the example again.", e);
        }
        if (!(tree instanceof Map<?, ?> map) || !(map.get("outputs") instanceof List<?> stored) || stored.size() != outputs.size()) {
            throw new IllegalStateException("The cached example " + entry(index) + " does not hold " + outputs.size()
                    + " outputs; delete it to run the example again.");
        }
        Path files = filesOf(index);
        return (List<Object>) FileTrees.map(stored, file -> {
            Path local = files.resolve(String.valueOf(file.get("path"))).normalize();
            if (!local.startsWith(files) || !Files.isRegularFile(local)) {
                throw new IOException("The cached example " + entry(index) + " names a file that is missing: " + local
                        + "; delete the entry to run the example again.");
            }
            FileData published = context.publish(local, file.get("orig_name") instanceof String name ? name : null);
            Map<String, Object> copy = new LinkedHashMap<>(file);
            copy.put("path", published.path());
            copy.put("url", published.url());
            return copy;
        });
    }

    /** The payloads with each file's path (which differs from one start to the next) replaced by a hash of its content. */
    private Object withFileContents(List<Object> payloads) {
        try {
            return FileTrees.map(payloads, file -> {
                Path path = context.resolve(FileData.fromPayload(file));
                return Map.of("file", sha256(Files.readAllBytes(path)), "name", String.valueOf(file.get("orig_name")));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Component<?, ?>> concat(List<Component<?, ?>> a, List<Component<?, ?>> b) {
        List<Component<?, ?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
