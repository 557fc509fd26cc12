package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Hugging Face Space found by its name ({@code "owner/name"}) through the Hub's API, as
 * Gradio's Python client finds it: {@code GET /api/spaces/<name>} gives the Space's own address
 * ({@code host}), {@code GET /api/spaces/<name>/runtime} whether it runs. A token, if given,
 * goes to the Hub as {@code Authorization: Bearer}, which is what lets a private Space be found.
 *
 * <p>A Space that is not running is said so here, with what to do, rather than left to fail on
 * its first request: asleep, paused, still building, or broken.
 */
final class HubSpace {
    /** Stages in which the Space answers (the Hub's {@code SpaceStage}); a rebuild runs beside the old one. */
    private static final Set<String> RUNNING = Set.of("RUNNING", "RUNNING_BUILDING", "RUNNING_APP_STARTING");
    private static final Set<String> STARTING = Set.of("BUILDING", "APP_STARTING");
    private static final Set<String> STOPPED = Set.of("PAUSED", "STOPPED");
    private static final Set<String> BROKEN = Set.of("NO_APP_FILE", "CONFIG_ERROR", "BUILD_ERROR", "RUNTIME_ERROR");

    private HubSpace() {}

    /** The Space's address, without a trailing slash; fails unless the Space is there and running. */
    static String host(String space, ClientOptions options) {
        String hub = options.hubUrl();
        ClientOptions hubOptions = ClientOptions.defaults().withHubUrl(hub)
                .withConnectTimeout(options.connectTimeout()).withRequestTimeout(options.requestTimeout());
        if (options.token() != null) {
            hubOptions = hubOptions.withToken(options.token());
        }
        try (var transport = new Transport(hub, hubOptions, "Authorization")) {
            Transport.Answer info = transport.get(hub + "/api/spaces/" + space);
            if (info.status() == 401 && options.token() != null) {
                throw new GradioClientException(Kind.LOGIN_REFUSED, "The Hugging Face Hub (" + hub + ") refused the token while looking"
                        + " for the Space \"" + space + "\" (401): it is wrong or expired; make a new one at " + hub + "/settings/tokens.");
            }
            if (info.status() == 401 || info.status() == 404) {
                throw new GradioClientException(Kind.APP_DOWN, "The Hugging Face Hub (" + hub + ") knows no Space \"" + space + "\" ("
                        + info.status() + "): check its name" + (options.token() == null
                        ? "; a private Space also needs a token (ClientOptions.withToken)." : ", and that the token may read it."));
            }
            Map<String, Object> details = info.object();
            if (!(details.get("host") instanceof String host) || !host.startsWith("http")) {
                throw new GradioClientException(Kind.API_CHANGED, "The Hugging Face Hub gave no address for the Space \"" + space
                        + "\": pass the Space's URL (https://owner-name.hf.space) instead.");
            }
            String stage = stage(transport.get(hub + "/api/spaces/" + space + "/runtime"), details);
            if (stage != null && !RUNNING.contains(stage)) {
                throw notRunning(space, stage, hub + "/spaces/" + space);
            }
            return host.replaceAll("/+$", "");
        }
    }

    /** The stage the runtime route gives, else the one the Space's details carry, else null (assumed running). */
    private static @Nullable String stage(Transport.Answer runtime, Map<String, Object> details) {
        if (runtime.ok() && runtime.object().get("stage") instanceof String stage) {
            return stage;
        }
        return details.get("runtime") instanceof Map<?, ?> inline && inline.get("stage") instanceof String stage ? stage : null;
    }

    private static GradioClientException notRunning(String space, String stage, String page) {
        String what;
        if (STARTING.contains(stage)) {
            what = "is still starting (" + stage + "): it answers once it runs; retry in a minute.";
        } else if ("SLEEPING".equals(stage)) {
            what = "is asleep (SLEEPING): opening " + page + " wakes it; connect again once it runs.";
        } else if (STOPPED.contains(stage)) {
            what = "was stopped by its owner (" + stage + "): only they can restart it (" + page + ").";
        } else if (BROKEN.contains(stage)) {
            what = "does not run (" + stage + "): its owner must fix it; " + page + " shows the logs.";
        } else {
            what = "is not running (" + stage + "); see " + page + ".";
        }
        return new GradioClientException(Kind.APP_DOWN, "The Space \"" + space + "\" " + what);
    }
}
