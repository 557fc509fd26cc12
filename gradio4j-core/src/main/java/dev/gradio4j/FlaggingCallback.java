package dev.gradio4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link Interface}'s flags go; Gradio's {@code FlaggingCallback}. The default is
 * {@link CsvLogger}; {@link JdbcLogger} writes into a database. Give your own with
 * {@link Interface#flaggingCallback}:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.FlaggingSnippets" region="callback"}
 *
 * {@link #flag} may be called from several threads at once, one call per flag.
 */
public interface FlaggingCallback {

    /**
     * Called once, when the app is built, before any flag.
     *
     * @param components  the components whose values each flag carries, in order: the inputs,
     *                    then the outputs
     * @param flaggingDir the folder given by {@link Interface#flaggingDir} (default
     *                    {@code .gradio/flagged}); it need not exist yet
     * @throws IOException when flags could not be stored there; the app then does not start
     */
    void setup(List<Component<?, ?>> components, Path flaggingDir) throws IOException;

    /**
     * Stores one flag.
     *
     * @param values   one value per component given to {@link #setup}, in that order
     * @param option   the flagging option chosen, or null for the plain Flag button and for
     *                 {@link FlaggingMode#AUTO}
     * @param username the logged-in user who flagged, or null without login
     * @return how many flags are stored now
     * @throws IOException when the flag could not be stored; the user is told, and nothing of
     *                     this flag should be left behind
     */
    int flag(List<FlaggedValue> values, @Nullable String option, @Nullable String username) throws IOException;
}
