package dev.gradio4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The apps of a {@link Parallel} run at the same time on the same inputs, each on a virtual thread
 * of its own, as one stream: each time an app gives a step (a streaming app's each, another's one
 * answer), the stream gives every app's outputs as they stand, null where an app has given
 * nothing yet. The first failure ends the stream with it and stops the other apps; closing the
 * stream (a cancelled event) stops them all.
 */
final class ParallelSteps {
    private ParallelSteps() {}

    /** What a run tells the merging thread. */
    private sealed interface Report {}

    private record Step(int app, List<@Nullable Object> values) implements Report {}

    private record Done(int app) implements Report {}

    private record Failed(RuntimeException error) implements Report {}

    /** The apps' steps merged, each as one list of all the apps' outputs in order. */
    static Stream<List<@Nullable Object>> of(List<ComposedEndpoint> apps, List<@Nullable Object> args) {
        return Generator.emit(emit -> merge(apps, args, emit));
    }

    private static void merge(List<ComposedEndpoint> apps, List<@Nullable Object> args, Consumer<List<@Nullable Object>> emit) {
        List<Integer> offsets = new ArrayList<>();
        int width = 0;
        for (ComposedEndpoint app : apps) {
            offsets.add(width);
            width += app.outputs.size();
        }
        List<@Nullable Object> current = new ArrayList<>(Collections.nCopies(width, null));
        // Room for one report per app: a run waits while the merge is behind, as a Generator's body waits for its reader.
        BlockingQueue<Report> reports = new ArrayBlockingQueue<>(apps.size());
        List<Thread> runs = new ArrayList<>();
        try {
            for (int i = 0; i < apps.size(); i++) {
                int app = i;
                runs.add(Thread.ofVirtual().name("gradio4j-parallel-" + (i + 1)).start(() -> run(apps.get(app), app, args, reports)));
            }
            int running = apps.size();
            while (running > 0) {
                switch (reports.take()) {
                    case Step(int app, List<@Nullable Object> values) -> {
                        for (int k = 0; k < values.size(); k++) {
                            current.set(offsets.get(app) + k, values.get(k));
                        }
                        emit.accept(new ArrayList<>(current));
                    }
                    case Done done -> running--;
                    case Failed(RuntimeException error) -> throw error;
                }
            }
        } catch (InterruptedException e) {
            // Stopped: the Generator ends quietly once the flag is set again.
            Thread.currentThread().interrupt();
        } finally {
            runs.forEach(Thread::interrupt);
        }
    }

    /** One app's run, reporting each step, then its end or its failure. */
    private static void run(ComposedEndpoint app, int index, List<@Nullable Object> args, BlockingQueue<Report> reports) {
        Report last;
        try (Stream<List<@Nullable Object>> steps = app.steps(args)) {
            var each = steps.iterator();
            while (each.hasNext()) {
                reports.put(new Step(index, each.next()));
            }
            last = new Done(index);
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            last = new Failed(e);
        }
        try {
            reports.put(last);
        } catch (InterruptedException e) {
            // stopped meanwhile: no one is waiting for the report
        }
    }
}
