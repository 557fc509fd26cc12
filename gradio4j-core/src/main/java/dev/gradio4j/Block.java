package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Anything that can stand in a layout: a {@link Component} or a {@link Layout}.
 *
 * <p>Blocks are plain objects built by explicit composition ({@code Row.of(a, b)}); they get
 * their ids when the app is compiled at {@code launch()}. A block belongs to one app.
 *
 * @param <S> the concrete type, so that fluent setters keep it
 */
public abstract class Block<S extends Block<S>> {
    private @Nullable String elemId;
    private List<String> elemClasses = List.of();
    private boolean visible = true;
    private @Nullable String key;
    final List<Dependency> listeners = new ArrayList<>();
    /**
     * Props another app's config gave this block ({@link Gr#load}), written over the ones this
     * block writes (its initial {@code value} too); null for a block of ours.
     */
    java.util.@Nullable Map<String, @Nullable Object> mirroredProps;

    Block() {}

    /** Gradio's lower-case type name, as in the config ({@code "textbox"}, {@code "row"}). */
    protected abstract String type();

    /**
     * Writes this block's properties for the config's {@code props}. Overrides call
     * {@code super.writeProps(props)} first.
     */
    protected void writeProps(Props props) {
        props.put("visible", visible);
        props.put("elem_id", elemId);
        props.put("elem_classes", elemClasses);
        props.put("key", key);
    }

    /** Work that needs the server (publishing example files, wiring): done once at compile time. */
    void prepare(ValueContext context) throws Exception {}

    /** An HTML id for custom CSS and JS; null for none. */
    public S elemId(@Nullable String elemId) {
        this.elemId = elemId;
        return self();
    }

    /** HTML classes for custom CSS. */
    public S elemClasses(String... classes) {
        this.elemClasses = List.of(classes);
        return self();
    }

    /** Whether the block is shown (hidden blocks keep their values). */
    public S visible(boolean visible) {
        this.visible = visible;
        return self();
    }

    /**
     * A stable identity across reloads and re-renders; without one, the block's place in the
     * layout is used (as with null).
     */
    public S key(@Nullable String key) {
        this.key = key;
        return self();
    }

    /** The key set with {@link #key(String)}, or null. */
    public @Nullable String key() {
        return key;
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }
}
