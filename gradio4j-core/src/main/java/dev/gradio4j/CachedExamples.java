package dev.gradio4j;

import java.util.List;

/**
 * The events of cached examples, as Gradio wires them: a click fills the inputs
 * ({@code load_example_input}, outside the queue), then {@code load_example} answers the clicked
 * sample's stored outputs, without running the function.
 */
final class CachedExamples {
    private CachedExamples() {}

    /** Replaces the examples' run of the function by the answer from their cache. */
    static void wire(Dataset dataset, ExampleRun run) {
        run.fill().apiName("load_example_input");
        run.fill().followers.remove(run.follower());
        List<Component<?, ?>> shown = Outputs.componentsOf(run.output());
        Output<?> output = shown.size() == 1 && !(run.output() instanceof Outputs) ? shown.getFirst() : Outputs.of(shown);
        Events.listen(run.fill(), "then", null, args -> answer(dataset, (Integer) args.getFirst(), output), output, List.of(dataset))
                .apiName("load_example")
                .apiVisibility(ApiVisibility.UNDOCUMENTED);
    }

    private static Object answer(Dataset dataset, int index, Output<?> output) throws Exception {
        List<CachedOutput> payloads = dataset.cachedOutputs(index).stream().map(CachedOutput::new).toList();
        return output instanceof Component<?, ?> ? payloads.getFirst() : payloads;
    }
}
