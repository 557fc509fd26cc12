package dev.gradio4j.internal.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys across a reload, Gradio's rule: a block whose key the app did not set, and whose derived
 * key the previous version did not have (its label was edited, say), takes over the key of the
 * previous version's block of the same type at the same place, if no block of the new version
 * has that key. So editing a label keeps what the user typed in the box, and its State.
 */
public final class KeyInheritance {
    private KeyInheritance() {}

    /** {@code next}, with keys carried over from {@code previous} where the rule says so. */
    public static AppModel apply(AppModel previous, AppModel next) {
        Set<String> before = new HashSet<>();
        Map<String, String> keyAtPlace = new HashMap<>();
        for (ComponentModel old : previous.components()) {
            before.add(old.key());
            keyAtPlace.putIfAbsent(old.type() + "@" + old.place(), old.key());
        }
        Set<String> taken = new HashSet<>();
        next.components().forEach(component -> taken.add(component.key()));
        List<ComponentModel> components = next.components().stream().map(component -> {
            if (component.keyed() || before.contains(component.key())) {
                return component;
            }
            String inherited = keyAtPlace.get(component.type() + "@" + component.place());
            if (inherited == null || !taken.add(inherited)) {
                return component;
            }
            return component.withKey(inherited);
        }).toList();
        return new AppModel(next.appId(), next.settings(), components, next.layout(), next.dependencies(),
                next.maxQueueSize(), next.defaultConcurrencyLimit(), next.proxied());
    }
}
