package dev.gradio4j.internal.app;

import dev.gradio4j.ApiVisibility;
import dev.gradio4j.ShowProgress;
import dev.gradio4j.TriggerMode;

/** Gradio's names for the settings the model keeps as enums; only the config and API writers use them. */
final class WireNames {
    private WireNames() {}

    static String of(ApiVisibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "public";
            case UNDOCUMENTED -> "undocumented";
            case PRIVATE -> "private";
        };
    }

    static String of(TriggerMode mode) {
        return switch (mode) {
            case ONCE -> "once";
            case MULTIPLE -> "multiple";
            case ALWAYS_LAST -> "always_last";
        };
    }

    static String of(ShowProgress progress) {
        return switch (progress) {
            case FULL -> "full";
            case MINIMAL -> "minimal";
            case HIDDEN -> "hidden";
        };
    }
}
