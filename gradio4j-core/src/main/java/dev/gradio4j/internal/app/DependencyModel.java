package dev.gradio4j.internal.app;

import dev.gradio4j.ApiVisibility;
import dev.gradio4j.ShowProgress;
import dev.gradio4j.TriggerMode;
import java.util.List;

/**
 * An event listener as compiled for serving. Its position in {@link AppModel#dependencies()} is
 * its {@code fn_index}.
 *
 * @param targets            what fires it
 * @param invoker            the handler, or null for a browser-only (js) event
 * @param streaming          the handler returns a stream of values
 * @param concurrencyLimit   runs allowed at once, or null for no limit
 * @param concurrencyGroup   the key runs are counted under (the id, or the concurrency id)
 * @param maxBatchSize       the batch size for batched handlers, or null
 * @param parameterNames     the API parameter name of each component input (null for others)
 * @param declaredWithOn     made by {@code Gr.on} or an Interface's Submit, as Gradio's {@code gr.on}
 * @param preprocess         whether the handler gets its inputs' values; false gives it each
 *                           component's wire payload as a {@link RawPayload} (Gradio's {@code preprocess=False})
 * @param mirroredApi        a loaded app's endpoint: the remote's API description of it, else null
 */
public record DependencyModel(int id, List<Target> targets, List<InputModel> inputs,
                              List<ComponentModel> outputs, Invoker invoker, ResultMapper results,
                              boolean streaming, String apiName, ApiVisibility apiVisibility,
                              String apiDescription, boolean queue, Integer concurrencyLimit,
                              String concurrencyGroup, List<Integer> cancels, TriggerMode triggerMode,
                              Integer maxBatchSize, Integer triggerAfter, boolean onlyOnSuccess,
                              boolean onlyOnFailure, String js, ShowProgress showProgress,
                              boolean scrollToOutput, List<String> parameterNames, boolean declaredWithOn,
                              boolean preprocess, MirroredApi mirroredApi) {

    public boolean backendFn() {
        return invoker != null;
    }

    public boolean isPublic() {
        return apiVisibility == ApiVisibility.PUBLIC;
    }

    public boolean isPrivate() {
        return apiVisibility == ApiVisibility.PRIVATE;
    }

    /** The component inputs, in order (what API callers send). */
    public List<ComponentModel> componentInputs() {
        return inputs.stream()
                .filter(input -> input instanceof InputModel.FromComponent)
                .map(input -> ((InputModel.FromComponent) input).component())
                .toList();
    }
}
