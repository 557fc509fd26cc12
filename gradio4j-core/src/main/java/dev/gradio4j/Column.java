package dev.gradio4j;

/** Blocks stacked vertically; inside a {@link Row}, a column of it. Gradio's {@code gr.Column}. */
public final class Column extends Layout<Column> {
    private int scale = 1;
    private int minWidth = 320;
    private String variant = "default";

    private Column(Block<?>... children) {
        super(children);
    }

    /** A column of the given blocks. */
    public static Column of(Block<?>... children) {
        return new Column(children);
    }

    /** Relative width inside a row. */
    public Column scale(int scale) {
        this.scale = scale;
        return this;
    }

    /** Minimum width in pixels before the row wraps. */
    public Column minWidth(int minWidth) {
        this.minWidth = minWidth;
        return this;
    }

    /** Draws the column as one panel. */
    public Column panel() {
        this.variant = "panel";
        return this;
    }

    @Override
    protected String type() {
        return "column";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("scale", scale);
        props.put("min_width", minWidth);
        props.put("variant", variant);
    }
}
