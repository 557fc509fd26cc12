package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in user's button: "Log out (ada)" once a user is logged in, which ends their
 * logins; before a login, "Log in", which starts the single sign-on ({@link OpenIdConnect}).
 * Gradio's {@code gr.LoginButton}, for any login of {@link Launch#auth(String, String)} or
 * {@link Launch#login(OpenIdConnect)}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="loginButton"}
 */
public final class LoginButton extends StringComponent<LoginButton> {
    private String logoutValue = "Log out ({})";

    private LoginButton() {
        value("Log in");
    }

    /** A login button with Gradio's texts. */
    public static LoginButton create() {
        return new LoginButton();
    }

    /** The text once a user is logged in; {@code {}} stands for the user's name ("Log out ({})" by default). */
    public LoginButton logoutValue(@Nullable String text) {
        this.logoutValue = text;
        return this;
    }

    @Override
    protected String type() {
        return "loginbutton";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("logout_value", logoutValue);
        props.put("size", "lg");
        if (interactiveOrNull() == null) {
            props.put("interactive", true);
        }
    }

    /** As a button's: no label or frame. */
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
        return "Log in";
    }

    /** Sized to its text, as buttons are. */
    @Override
    protected @Nullable Integer defaultMinWidth() {
        return null;
    }
}
