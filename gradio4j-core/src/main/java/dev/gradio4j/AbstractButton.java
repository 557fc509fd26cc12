package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * What every button shares: its label as value, a {@link ButtonVariant}, a size and a link, and
 * the {@code click} event. The type parameter is the button's own type, so that each setter
 * returns it ({@code ClearButton.of(box).variant(..)} is still a ClearButton).
 *
 * @param <S> the button's own type
 */
public abstract sealed class AbstractButton<S extends AbstractButton<S>> extends StringComponent<S> implements OnClick
        permits Button, ClearButton {
    private ButtonVariant variant = ButtonVariant.SECONDARY;
    private String size;
    private String link;

    AbstractButton(String text) {
        value(text);
    }

    /** Its style; {@link ButtonVariant#SECONDARY} by default. */
    public S variant(ButtonVariant variant) {
        this.variant = java.util.Objects.requireNonNull(variant);
        return self();
    }

    /** "sm", "md" or "lg" (the default). */
    public S size(@Nullable String size) {
        this.size = size;
        return self();
    }

    /** Makes the button open a URL instead of firing events. */
    public S link(@Nullable String url) {
        this.link = url;
        return self();
    }

    @Override
    protected String type() {
        return "button";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("variant", variant.wireName());
        props.put("size", size != null ? size : "lg");
        props.put("link", link);
        if (interactiveOrNull() == null) {
            props.put("interactive", true); // Gradio's page disables a button whose interactive is missing
        }
    }

    /** A button has no label or frame of its own; Gradio sends neither prop. */
    @Override
    @Nullable Boolean defaultShowLabel() {
        return null;
    }

    @Override
    @Nullable Boolean defaultContainer() {
        return null;
    }

    @Override
    protected boolean skipApi() {
        return true;
    }

    @Override
    protected Object examplePayload() {
        return "Run";
    }

    /** Sized to its content, as in Gradio. */
    @Override
    protected @Nullable Integer defaultMinWidth() {
        return null;
    }
}
