package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A block that arranges other blocks: {@link Row}, {@link Column}, {@link Group}, {@link Tabs},
 * {@link Tab}, {@link Accordion}.
 *
 * @param <S> the concrete type, so that fluent setters keep it
 */
public abstract class Layout<S extends Layout<S>> extends Block<S> {
    final List<Block<?>> children = new ArrayList<>();

    Layout(Block<?>... children) {
        add(children);
    }

    /** Appends blocks to this layout. */
    public S add(Block<?>... blocks) {
        for (Block<?> block : blocks) {
            children.add(java.util.Objects.requireNonNull(block, "a layout child is null"));
        }
        return self();
    }

    /** The blocks in this layout, in order. */
    public List<Block<?>> children() {
        return List.copyOf(children);
    }
}
