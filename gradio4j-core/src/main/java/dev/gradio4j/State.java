package dev.gradio4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A hidden value kept on the server for each browser session (tab) or API session, never sent to
 * the browser and never shared between sessions. Handlers take it as an input and return its new
 * value as an output. Gradio's {@code gr.State}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="state"}
 *
 * <p>Each session starts from its own copy of the initial value: {@link #of(Supplier)} calls the
 * supplier, {@link #of(Object)} copies lists, sets and maps (deeply) and shares anything else, so
 * give a supplier for other mutable values.
 *
 * @param <T> the value's type
 */
public final class State<T extends @Nullable Object> extends Component<T, State<T>> implements OnChange {
    private final Supplier<T> initial;
    private Duration timeToLive;

    private State(Supplier<T> initial) {
        this.initial = initial;
    }

    /** A state starting at {@code initial} in every session (collections are copied). */
    public static <T extends @Nullable Object> State<T> of(T initial) {
        return new State<>(() -> copy(initial));
    }

    /** A state whose starting value each session gets from {@code initial}. */
    public static <T extends @Nullable Object> State<T> of(Supplier<T> initial) {
        return new State<>(initial);
    }

    /** A state starting empty (null). */
    public static <T> State<@Nullable T> create() {
        return new State<>(() -> null);
    }

    /** Forgets a session's value this long after it was last written; null to keep it as long as its session. */
    public State<T> timeToLive(@Nullable Duration timeToLive) {
        this.timeToLive = timeToLive;
        return this;
    }

    /** The time-to-live, or null when values live as long as their session. */
    Duration timeToLive() {
        return timeToLive;
    }

    /** A new session's starting value. */
    T freshValue() {
        return initial.get();
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        return switch (value) {
            case List<?> list -> (T) copyAll(list, new ArrayList<>());
            case Set<?> set -> (T) copyAll(set, new LinkedHashSet<>());
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, copy(v)));
                yield (T) copy;
            }
            case null, default -> value;
        };
    }

    private static <C extends java.util.Collection<Object>> C copyAll(java.util.Collection<?> from, C to) {
        from.forEach(item -> to.add(copy(item)));
        return to;
    }

    @Override
    protected String type() {
        return "state";
    }

    /**
     * Gradio's State props: its time-to-live in seconds (null for none), and none of a shown
     * block's (no visible, classes or width: Gradio's page has nothing to draw).
     */
    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        for (String shown : List.of("visible", "elem_id", "elem_classes", "label", "info", "show_label", "container", "scale",
                "min_width", "interactive")) {
            props.put(shown, null);
        }
        if (timeToLive == null) {
            props.putNull("time_to_live");
        } else {
            long millis = timeToLive.toMillis();
            props.put("time_to_live", millis % 1000 == 0 ? (Object) (millis / 1000) : (Object) (millis / 1000.0));
        }
    }

    @Override
    protected boolean skipApi() {
        return true;
    }

    @Override
    protected T preprocess(@Nullable Object payload, ValueContext context) {
        throw new UnsupportedOperationException("state values never come from the wire");
    }

    @Override
    protected @Nullable Object postprocess(@Nullable T value, ValueContext context) {
        return null;
    }

    @Override
    Object initialPayload(ValueContext context) {
        return null;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return Map.of();
    }

    @Override
    protected @Nullable Object examplePayload() {
        return null;
    }
}
