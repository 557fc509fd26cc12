package dev.gradio4j.internal.app;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A component as compiled for serving: its config entry, API description and conversions.
 *
 * @param stateKey     for state components, the key session values are stored under
 * @param stateInitial for state components, a new session's starting value
 * @param stateTtl     for state components, how long a value lives after its last write, or null
 */
public record ComponentModel(int id, String type, Map<String, Object> props, boolean skipApi,
                             String label, String apiComponent, Map<String, Object> apiInfo,
                             Object examplePayload, Codec codec, String stateKey,
                             Supplier<Object> stateInitial, Duration stateTtl) {

    public boolean isState() {
        return stateKey != null;
    }
}
