package dev.gradio4j.internal.app;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A component as compiled for serving: its config entry, API description and conversions.
 *
 * @param place        where the block sits in the layout (child indices), for keys across reloads
 * @param keyed        whether the app gave the block its key (else the key is derived)
 * @param stateKey     for state components, the key session values are stored under
 * @param stateInitial for state components, a new session's starting value
 * @param stateTtl     for state components, how long a value lives after its last write, or null
 */
public record ComponentModel(int id, String type, String place, boolean keyed, Map<String, Object> props, boolean skipApi,
                             String label, String apiComponent, Map<String, Object> apiInfo,
                             Object examplePayload, Codec codec, String stateKey,
                             Supplier<Object> stateInitial, Duration stateTtl) {

    public boolean isState() {
        return stateKey != null;
    }

    /** The key pages match blocks by across reloads. */
    public String key() {
        return (String) props.get("key");
    }

    /** This block under another key (its State, if it is one, follows). */
    public ComponentModel withKey(String key) {
        Map<String, Object> renamed = new java.util.LinkedHashMap<>(props);
        renamed.put("key", key);
        return new ComponentModel(id, type, place, keyed, java.util.Collections.unmodifiableMap(renamed), skipApi, label,
                apiComponent, apiInfo, examplePayload, codec, isState() ? "state:" + key : null, stateInitial, stateTtl);
    }
}
