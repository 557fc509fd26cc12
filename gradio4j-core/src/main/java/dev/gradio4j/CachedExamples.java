package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of cached examples, as Gradio wires them: a click fills the inputs
 * ({@code load_example_input}, outside the queue), then {@code load_example} answers the clicked
 * sample's stored outputs, without running the function. For eager caching, two page-load events
 * do the same for the preloaded example ({@code load_example_input_1}, {@code load_example_output}),
 * each taking the example's index from a State, as Gradio's.
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
        dataset.preloadEvents = preloading(dataset, run, output);
    }

    /**
     * The page-load events that show the preloaded example: its inputs, outside the queue, and its
     * cached outputs. Made here, in the order Gradio makes them, and kept in the app by the Dataset
     * only while preloading applies ({@link Dataset#preloads()}).
     */
    private static List<Dependency> preloading(Dataset dataset, ExampleRun run, Output<?> output) {
        List<Dependency> events = new ArrayList<>();
        events.add(atPageLoad(args -> new ArrayList<>(dataset.sample((Integer) args.getFirst())), State.of(dataset::preloadIndex),
                Outputs.of(run.inputs())).apiName("load_example_input").queue(false));
        events.add(atPageLoad(args -> answer(dataset, (Integer) args.getFirst(), output), State.of(dataset::preloadIndex), output)
                .apiName("load_example_output"));
        events.forEach(event -> event.apiVisibility(ApiVisibility.UNDOCUMENTED).showProgress(ShowProgress.HIDDEN));
        return List.copyOf(events);
    }

    /**
     * A handler of the page's load, not yet part of any app: the Dataset adds it to its listeners.
     * Its source is no block, so the config targets the app itself, as a Blocks' load does.
     */
    private static Dependency atPageLoad(dev.gradio4j.internal.app.Invoker handler, State<Integer> index, Output<?> output) {
        return new Dependency(CachedExamples.class, "load", null, handler, output, List.of(index));
    }

    private static Object answer(Dataset dataset, int index, Output<?> output) throws Exception {
        List<CachedOutput> payloads = dataset.cachedOutputs(index).stream().map(CachedOutput::new).toList();
        return output instanceof Component<?, ?> ? payloads.getFirst() : payloads;
    }
}
