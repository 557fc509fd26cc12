package dev.gradio4j;

import dev.gradio4j.internal.app.ResultMapper;
import dev.gradio4j.internal.app.ResultMapper.OutputMismatchException;
import dev.gradio4j.internal.app.Slot;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How a handler's result fills its outputs: one value, {@link Updates}, a record, a list or an array. */
final class ResultMapping {
    private ResultMapping() {}

    static ResultMapper forOutput(Output<?> output, int count) {
        return switch (output) {
            case null -> result -> List.of();
            case Component<?, ?> component -> result -> List.of(slot(result));
            case Outputs outputs -> result -> several(result, outputs.components);
            case StreamingOutput<?> streaming -> forOutput(streaming.target, count);
        };
    }

    private static List<Slot> several(Object result, List<Component<?, ?>> components) {
        int count = components.size();
        if (result instanceof Updates updates) {
            for (Component<?, ?> key : updates.entries.keySet()) {
                if (!components.contains(key)) {
                    throw new OutputMismatchException("the handler's Updates name a " + key.apiName()
                            + " that is not one of the event's outputs");
                }
            }
            List<Slot> slots = new ArrayList<>(count);
            for (Component<?, ?> component : components) {
                slots.add(updates.entries.containsKey(component) ? slot(updates.entries.get(component)) : Slot.SKIP);
            }
            return slots;
        }
        List<?> values = switch (result) {
            case null -> throw new OutputMismatchException("the handler returned null for " + count
                    + " outputs; return Updates.of() to leave them unchanged");
            case Record record -> recordValues(record);
            case List<?> list -> list;
            case Object[] array -> Arrays.asList(array);
            default -> throw new OutputMismatchException("a handler with " + count
                    + " outputs returns Updates, a record, a List or an array, not " + result.getClass().getName());
        };
        if (values.size() != count) {
            throw new OutputMismatchException("the handler returned " + values.size() + " values for " + count + " outputs");
        }
        List<Slot> slots = new ArrayList<>(count);
        values.forEach(value -> slots.add(slot(value)));
        return slots;
    }

    private static List<Object> recordValues(Record record) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                values.add(accessor.invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new OutputMismatchException("could not read " + component.getName() + " of the returned "
                        + record.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return values;
    }

    private static Slot slot(Object value) {
        if (value instanceof CachedOutput cached) {
            return new Slot.Payload(cached.payload());
        }
        if (value instanceof Update<?> update) {
            return new Slot.Update(update.props, update.hasValue, update.value);
        }
        return new Slot.Value(value);
    }
}
