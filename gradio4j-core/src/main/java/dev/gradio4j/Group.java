package dev.gradio4j;

/** Blocks drawn together with no gaps between them. Gradio's {@code gr.Group}. */
public final class Group extends Layout<Group> {

    private Group(Block<?>... children) {
        super(children);
    }

    /** A group of the given blocks. */
    public static Group of(Block<?>... children) {
        return new Group(children);
    }

    @Override
    protected String type() {
        return "group";
    }
}
