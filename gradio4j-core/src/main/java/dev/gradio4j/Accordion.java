package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/** A titled section the user can fold and unfold. Gradio's {@code gr.Accordion}. */
public final class Accordion extends Layout<Accordion> implements OnExpand, OnCollapse {
    private final String label;
    private boolean open = true;

    private Accordion(String label, Block<?>... children) {
        super(children);
        this.label = label;
    }

    /** An open accordion titled {@code label} holding the given blocks. */
    public static Accordion of(@Nullable String label, Block<?>... children) {
        return new Accordion(label, children);
    }

    /** Whether it starts unfolded (default true). */
    public Accordion open(boolean open) {
        this.open = open;
        return this;
    }

    @Override
    protected String type() {
        return "accordion";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("label", label);
        props.put("open", open);
    }
}
