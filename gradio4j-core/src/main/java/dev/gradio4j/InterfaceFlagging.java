package dev.gradio4j;

import dev.gradio4j.internal.app.EventContext;
import dev.gradio4j.internal.app.RawPayload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Interface}'s flagging, wired as Gradio's: per option a Flag button whose click shows
 * "Saving...", hands the inputs' and outputs' values to the callback and puts the button back,
 * and which Clear puts back too; in {@link FlaggingMode#AUTO}, a follow-up of every run whose last
 * step succeeds: the run itself, or for a streaming function the step after it that brings Submit
 * back, which comes after a failed run too (Gradio's {@code attach_flagging_events}).
 */
final class InterfaceFlagging {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceFlagging.class);
    /** How long "Saving..." stays, so that the user sees the flag was taken (Gradio's 0.8 s). */
    private static final long SHOWN_MILLIS = 800;

    private @Nullable FlaggingMode mode;
    /** Label and value of each button; a null value for the plain Flag button. */
    private final List<Map.Entry<String, @Nullable String>> options = new ArrayList<>();
    private Path folder = Path.of(".gradio", "flagged");
    private FlaggingCallback callback = CsvLogger.create();

    void mode(FlaggingMode mode) {
        this.mode = mode;
    }

    void option(String label, String value) {
        if (label.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("A flagging option needs a label and a value that are not blank; got label '"
                    + label + "' and value '" + value + "'.");
        }
        if (options.stream().anyMatch(o -> o.getKey().equals(label))) {
            throw new IllegalArgumentException("The flagging option '" + label + "' is given twice; each button needs its own label.");
        }
        options.add(Map.entry(label, value));
    }

    void folder(Path folder) {
        this.folder = folder;
    }

    void callback(FlaggingCallback callback) {
        this.callback = callback;
    }

    /** The mode given, else {@code GRADIO_FLAGGING_MODE}, else manual, as Gradio. */
    FlaggingMode mode() {
        if (mode != null) {
            return mode;
        }
        String env = System.getenv("GRADIO_FLAGGING_MODE");
        if (env == null || env.isBlank()) {
            return FlaggingMode.MANUAL;
        }
        try {
            return FlaggingMode.valueOf(env.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("GRADIO_FLAGGING_MODE is '" + env + "'; it must be never, manual or auto.", e);
        }
    }

    /**
     * Sets the callback up and wires the flagging of {@code run} into the app: buttons into
     * {@code row}, reset by {@code clear}. An automatic flag follows {@code run}'s success and is
     * sent {@code autoSent}, whose first values are the {@code flagged} components'.
     *
     * @throws IllegalStateException when options are given outside manual mode, or the callback
     *     cannot store flags
     */
    void attach(Row row, ClearButton clear, Dependency run, List<Component<?, ?>> flagged, List<Component<?, ?>> autoSent) {
        FlaggingMode chosen = mode();
        if (!options.isEmpty() && chosen != FlaggingMode.MANUAL) {
            throw new IllegalStateException("flaggingOptions(..) are buttons of FlaggingMode.MANUAL, but the flagging mode is "
                    + chosen + "; remove the options or use flaggingMode(FlaggingMode.MANUAL).");
        }
        if (chosen == FlaggingMode.NEVER) {
            return;
        }
        try {
            callback.setup(List.copyOf(flagged), folder);
        } catch (IOException e) {
            throw new IllegalStateException("Flagging cannot start: " + e.getMessage()
                    + " Give flaggingDir(..) a folder this process may write, or use flaggingMode(FlaggingMode.NEVER).", e);
        }
        if (chosen == FlaggingMode.AUTO) {
            Dependency auto = run.success(args -> {
                store(flagged, args, null);
                return null;
            }, autoSent, null).apiName("Flag").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            auto.preprocess = false;
            return;
        }
        List<Map.Entry<String, @Nullable String>> buttons = options.isEmpty() ? List.of(new java.util.AbstractMap.SimpleImmutableEntry<>("Flag", null)) : options;
        for (Map.Entry<String, @Nullable String> option : buttons) {
            String label = option.getKey();
            Button button = Button.of(label);
            row.add(button);
            button.click(args -> Update.of().value("Saving...").interactive(false), List.of(), button)
                    .apiName("lambda").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            Dependency flag = button.click(args -> {
                if (!store(flagged, args, option.getValue())) {
                    return Update.of().value("Error!").interactive(true);
                }
                Thread.sleep(SHOWN_MILLIS);
                return reset(label);
            }, flagged, button).apiName("Flag").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            flag.preprocess = false;
            clear.click(args -> reset(label), List.of(), button)
                    .apiName("reset").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
        }
    }

    private static Update<Object> reset(String label) {
        return Update.of().value(label).interactive(true);
    }

    /** Hands one flag to the callback; false, with a toast saying why, when it was not stored. */
    private boolean store(List<Component<?, ?>> flagged, List<@Nullable Object> args, @Nullable String option) {
        EventContext context = EventContext.CURRENT.get();
        try {
            List<FlaggedValue> values = new ArrayList<>();
            for (int i = 0; i < flagged.size(); i++) {
                RawPayload raw = (RawPayload) args.get(i);
                values.add(FlaggedValue.of(flagged.get(i), raw.payload(), raw.files()));
            }
            callback.flag(values, option, context.request().username());
            return true;
        } catch (GradioError | IOException e) {
            LOG.warn("Flagging failed: {}", e.getMessage(), e);
            context.log("warning", e.getMessage(), "Not flagged", 10.0, true);
            return false;
        }
    }

    /** The components a flag carries, as Gradio's: the inputs, then the outputs (State left out: it is no value on the page). */
    static List<Component<?, ?>> flaggedComponents(List<Component<?, ?>> inputs, List<Component<?, ?>> outputs) {
        List<Component<?, ?>> all = new ArrayList<>();
        inputs.stream().filter(c -> !(c instanceof State<?>)).forEach(all::add);
        all.addAll(outputs);
        return List.copyOf(all);
    }
}
