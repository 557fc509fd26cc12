package dev.gradio4j;

import dev.gradio4j.internal.reload.ReloadableLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What reload mode keeps: {@code Reload.keep(key, supplier)} runs the supplier once per process
 * and hands every later reload the same object, Gradio's {@code if gr.NO_RELOAD:}. Use it for
 * what is slow to build and does not change as you edit: a loaded model, a database pool, an
 * HTTP client.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="reload"}
 *
 * <p>Outside reload mode it simply builds the value once.
 */
public final class Reload {
    private static final Map<String, Object> KEPT = new ConcurrentHashMap<>();

    private Reload() {}

    /**
     * The object kept under {@code key}, built by {@code supplier} the first time.
     *
     * @throws IllegalStateException when the object is of a class of the app's own code, which is
     *     compiled anew at each save: the kept object would not be of the new code's class
     */
    @SuppressWarnings("unchecked")
    public static <T> T keep(String key, Supplier<T> supplier) {
        Object value = KEPT.computeIfAbsent(key, k -> {
            T built = supplier.get();
            if (built == null) {
                throw new IllegalArgumentException("Reload.keep(\"" + key + "\") built null; there is nothing to keep.");
            }
            return built;
        });
        if (value.getClass().getClassLoader() instanceof ReloadableLoader) {
            KEPT.remove(key, value);
            throw new IllegalStateException("Reload.keep(\"" + key + "\") built a " + value.getClass().getName()
                    + ", a class of the app's own code. That code is compiled again at every save, so the kept object"
                    + " would belong to an old version of it. Keep an object of a library class instead (a model"
                    + " session, a connection pool, a client) and wrap it in your own classes after keep(), or move"
                    + " the class into a library on the classpath.");
        }
        return (T) value;
    }
}
