package dev.gradio4j.examples.snippets;

import dev.gradio4j.Blocks;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.LoginButton;
import dev.gradio4j.Markdown;
import dev.gradio4j.OpenIdConnect;
import dev.gradio4j.Reload;
import dev.gradio4j.Row;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The examples in the Javadoc of {@code Launch}, {@code OpenIdConnect}, {@code LoginButton} and
 * {@code Reload}: how an app is served. Every method launches a server, so nobody calls them:
 * they only have to compile.
 */
public final class LaunchSnippets {
    private LaunchSnippets() {}

    static void options(Blocks app) {
        // @start region="options"
        app.launch(Launch.options().port(8080).showError(true).css(".gradio-container {max-width: 900px}"));
        // @end
    }

    static void passwords(Blocks app) {
        // @start region="auth"
        app.launch(Launch.options().auth("admin", "pass1234").auth("ada", "lovelace1815"));
        // @end
    }

    static void behindAProxy(Blocks app) {
        // @start region="authFromRequest"
        app.launch(Launch.options().trustedProxies("10.0.0.2").authFromRequest(request -> request.header("X-Forwarded-User")));
        // @end
    }

    static void singleSignOn(Blocks app) {
        // @start region="openIdConnect"
        app.launch(Launch.options().login(OpenIdConnect.issuer("https://keycloak.example.com/realms/team")
                .client("gradio-app", System.getenv("OIDC_CLIENT_SECRET"))
                .name("Keycloak")));
        // @end
    }

    static void loginButton(String issuer, String clientId, String clientSecret) {
        // @start region="loginButton"
        Blocks.of(Row.of(Markdown.of("# Team tools"), LoginButton.create()), Gr.textbox().label("Notes"))
                .launch(Launch.options().login(OpenIdConnect.issuer(issuer).client(clientId, clientSecret)));
        // @end
    }

    /** The model {@code Reload}'s example keeps; the class loads it when first used. */
    static final class Models {
        private Models() {}

        // @start region="reload"
        static final EmbeddingModel model = Reload.keep("model", AllMiniLmL6V2QuantizedEmbeddingModel::new);
        // @end
    }
}
