package dev.gradio4j;

/** Blocks side by side, wrapping on narrow screens. Gradio's {@code gr.Row}. */
public final class Row extends Layout<Row> {
    private boolean equalHeight;
    private String variant = "default";

    private Row(Block<?>... children) {
        super(children);
    }

    /** A row of the given blocks. */
    public static Row of(Block<?>... children) {
        return new Row(children);
    }

    /** Makes every child as tall as the tallest. */
    /** Whether its children are stretched to one height. */
    boolean isEqualHeight() {
        return equalHeight;
    }

    public Row equalHeight(boolean equalHeight) {
        this.equalHeight = equalHeight;
        return this;
    }

    /** Draws the row as one panel. */
    public Row panel() {
        this.variant = "panel";
        return this;
    }

    @Override
    protected String type() {
        return "row";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("variant", variant);
        props.put("equal_height", equalHeight);
    }
}
