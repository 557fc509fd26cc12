package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/** One page of {@link Tabs}. Gradio's {@code gr.Tab}. */
public final class Tab extends Layout<Tab> implements OnSelect {
    private final String label;
    private String id;
    private boolean interactive = true;

    private Tab(String label, Block<?>... children) {
        super(children);
        this.label = label;
    }

    /** A tab titled {@code label} holding the given blocks. */
    public static Tab of(@Nullable String label, Block<?>... children) {
        return new Tab(label, children);
    }

    /** An id for {@link Tabs#selected(String)}. */
    public Tab id(@Nullable String id) {
        this.id = id;
        return this;
    }

    /** Whether the tab can be opened. */
    public Tab interactive(boolean interactive) {
        this.interactive = interactive;
        return this;
    }

    @Override
    protected String type() {
        return "tabitem";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("label", label);
        props.put("id", id);
        props.put("interactive", interactive);
    }
}
