package dev.gradio4j.internal.app;

import dev.gradio4j.internal.app.ResultMapper.OutputMismatchException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.BaseStream;

/**
 * The shapes a handler's result takes beyond one value per output, read the same way by the
 * queue and by {@code app.call}: a streaming handler's steps, and a batched handler's columns.
 */
public final class HandlerResults {
    private HandlerResults() {}

    /** A streaming handler's steps, from the Stream, Iterator or Iterable it returned. */
    public static Iterator<?> streamed(Object result) {
        return switch (result) {
            case BaseStream<?, ?> stream -> stream.iterator();
            case Iterator<?> iterator -> iterator;
            case Iterable<?> iterable -> iterable.iterator();
            case null -> throw new OutputMismatchException("a streaming handler returned null instead of a Stream");
            default -> throw new OutputMismatchException("a streaming handler returns a Stream, an Iterator or an Iterable, not "
                    + result.getClass().getName());
        };
    }

    /**
     * The batched handler's result as one list per output, each of one value per request, as
     * Gradio's batch functions return it (a list holding one list, for one output).
     */
    public static List<List<Object>> batchColumns(Object result, int outputs, int size) {
        if (!(result instanceof List<?> list) || list.size() != outputs || !list.stream().allMatch(column -> column instanceof List<?>)) {
            throw new OutputMismatchException("a batched handler returns a List of " + outputs + " List(s), one per output, each"
                    + " holding one value per request" + (outputs == 1 ? " (List.of(values) for one output, as Gradio's [values])" : "")
                    + "; it returned " + (result == null ? "null" : result.getClass().getName()));
        }
        List<List<Object>> columns = new ArrayList<>();
        for (Object column : list) {
            columns.add(new ArrayList<>((List<?>) column));
        }
        if (columns.stream().anyMatch(c -> c.size() != size)) {
            throw new OutputMismatchException("a batched handler must return " + size + " values for each of its "
                    + outputs + " outputs");
        }
        return columns;
    }
}
