package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * Tabs: one {@link Tab} shown at a time. Gradio's {@code gr.Tabs}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="tabs"}
 */
public final class Tabs extends Layout<Tabs> implements OnChange, OnSelect {
    private String selected;

    private Tabs(Tab... tabs) {
        super(tabs);
    }

    /** Tabs with the given pages. */
    public static Tabs of(Tab... tabs) {
        return new Tabs(tabs);
    }

    /** The id (or label) of the tab shown first. */
    public Tabs selected(@Nullable String id) {
        this.selected = id;
        return this;
    }

    @Override
    protected String type() {
        return "tabs";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("selected", selected);
    }
}
