package dev.gradio4j;

/**
 * Gradio's automatic {@code form}: the compiler puts consecutive form inputs (Textbox, Number,
 * Slider, Checkbox, CheckboxGroup, Radio, Dropdown, MultimodalTextbox) of one layout into one, as
 * Gradio does, so that the config and the page's structure are Gradio's. Apps never make one.
 */
final class Form extends Layout<Form> {
    private int scale;
    private int minWidth;

    /** Whether Gradio groups this block into a form: a form input that keeps its container. */
    static boolean groups(Block<?> block) {
        boolean formInput = block instanceof Textbox || block instanceof Number || block instanceof Slider
                || block instanceof Checkbox || block instanceof CheckboxGroup || block instanceof Radio
                || block instanceof Dropdown || block instanceof MultimodalTextbox;
        return formInput && !Boolean.FALSE.equals(((Component<?, ?>) block).containerOrNull());
    }

    /** Whether a block between two form inputs puts them in separate forms (a State does not). */
    static boolean breaksGrouping(Block<?> block) {
        return !(block instanceof State<?>);
    }

    /**
     * Adds a form input, growing the form as Gradio does: in a row by each input's scale (1 when
     * unset) and minimum width; in a column of an equal-height row, or at the top of an app that
     * fills the height, by each input's scale.
     */
    void addInput(Component<?, ?> input, Object parent, boolean inEqualHeightRow, boolean fillsHeight) {
        Integer childScale = input.scaleOrNull();
        if (parent instanceof Row) {
            scale += childScale == null ? 1 : childScale;
            Integer width = input.effectiveMinWidth();
            minWidth += width == null ? 0 : width;
        } else if (parent instanceof Column && inEqualHeightRow) {
            scale += childScale == null ? 1 : childScale;
        } else if (parent instanceof Blocks && fillsHeight) {
            scale += childScale == null ? 0 : childScale;
        }
        add(input);
    }

    @Override
    protected String type() {
        return "form";
    }

    /** Only what Gradio's form has: no visibility, id or classes of its own. */
    @Override
    protected void writeProps(Props props) {
        props.put("scale", scale);
        props.put("min_width", minWidth);
    }
}
