package dev.gradio4j.internal.app;

import java.util.List;
import java.util.Map;

/**
 * How another app's {@code /gradio_api/info} describes an endpoint that a loaded app calls
 * ({@code Gr.load}): for each parameter and each return, in the local endpoint's order, the
 * fields ({@code type}, {@code python_type}, {@code component}, ...) that {@link ApiInfo} writes
 * over the ones the local component would give, so that the copy's API reads as the remote's.
 *
 * @param parameters one map per API parameter of the local endpoint
 * @param returns    one map per value the local endpoint returns
 */
public record MirroredApi(List<Map<String, Object>> parameters, List<Map<String, Object>> returns) {
    public MirroredApi {
        parameters = List.copyOf(parameters);
        returns = List.copyOf(returns);
    }
}
