package dev.gradio4j;

import dev.gradio4j.internal.app.FunctionNames;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.AppSettings;
import dev.gradio4j.internal.app.Codec;
import dev.gradio4j.internal.app.ComponentModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.InputModel;
import dev.gradio4j.internal.app.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a {@link Blocks} (the user's builder objects) into an {@link AppModel} (what the server
 * serves): assigns ids in layout order, collects every event, and captures each component's
 * conversions. Runs once per launch (and once per reload).
 */
final class AppCompiler {
    /** Names the Python client uses for its own keyword arguments. */
    private static final Set<String> RESERVED_NAMES = Set.of("api_name", "fn_index", "result_callbacks");
    private final Blocks blocks;
    private final ValueContext context;
    private final Map<Block<?>, Integer> ids = new IdentityHashMap<>();
    private final List<Block<?>> ordered = new ArrayList<>();
    private final Map<Component<?, ?>, ComponentModel> models = new IdentityHashMap<>();
    private final Map<Block<?>, String> keys = new IdentityHashMap<>();
    private final Map<Block<?>, String> places = new IdentityHashMap<>();
    private final Set<String> usedKeys = new HashSet<>();

    private AppCompiler(Blocks blocks, ValueContext context) {
        this.blocks = blocks;
        this.context = context;
    }

    static AppModel compile(Blocks blocks, ValueContext context) {
        return compileWithSources(blocks, context).model();
    }

    /** An app compiled, with the dependency each of its dependency models was made from, by fn_index. */
    record Compiled(AppModel model, List<Dependency> sources) {}

    static Compiled compileWithSources(Blocks blocks, ValueContext context) {
        AppCompiler compiler = new AppCompiler(blocks, context);
        try {
            return new Compiled(compiler.compile(), List.copyOf(compiler.collectDependencies()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the app: " + e.getMessage(), e);
        }
    }

    private AppModel compile() throws Exception {
        List<Object> layoutChildren = new ArrayList<>();
        List<Block<?>> top = grouped(blocks.children, blocks, false);
        for (int i = 0; i < top.size(); i++) {
            layoutChildren.add(assign(top.get(i), Integer.toString(i), false));
        }
        for (Block<?> block : List.copyOf(ordered)) {
            block.prepare(context);
        }
        List<Dependency> dependencies = collectDependencies();
        for (Dependency dependency : dependencies) {
            dependency.inputs.forEach(input -> { if (input instanceof Component<?, ?> c) assignUnplaced(c); });
            Outputs.componentsOf(dependency.output).forEach(this::assignUnplaced);
        }
        // A State only the events name goes at the end of the layout, as Gradio places every
        // State where it was made: Gradio's page waits for each visible block to mount.
        for (Block<?> block : ordered) {
            if (block instanceof State<?> && "unplaced".equals(places.get(block))) {
                layoutChildren.add(Map.of("id", ids.get(block)));
            }
        }
        List<ComponentModel> components = new ArrayList<>();
        for (Block<?> block : ordered) {
            components.add(block instanceof Component<?, ?> component ? componentModel(component) : layoutModel(block));
        }
        Map<Dependency, Integer> depIds = new IdentityHashMap<>();
        for (int i = 0; i < dependencies.size(); i++) {
            depIds.put(dependencies.get(i), i);
        }
        Set<String> apiNames = new HashSet<>();
        List<DependencyModel> dependencyModels = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            dependencyModels.add(dependencyModel(dependency, depIds, apiNames));
        }
        AppSettings settings = new AppSettings(blocks.title, blocks.mode, blocks.fillHeight, blocks.fillWidth);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("id", 0);
        layout.put("children", layoutChildren);
        return new AppModel(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, settings,
                List.copyOf(components), layout, List.copyOf(dependencyModels),
                blocks.maxQueueSize, blocks.defaultConcurrencyLimit, blocks.proxied);
    }

    /**
     * Assigns ids depth-first in layout order and returns the layout node; {@code path} is the
     * block's place in the layout (child indices), for its default key.
     */
    private Map<String, Object> assign(Block<?> block, String path, boolean inEqualHeightRow) {
        if (ids.containsKey(block)) {
            throw new IllegalStateException("A " + block.type() + " is placed twice in the layout; make a new one for each place.");
        }
        ids.put(block, ordered.size() + 1);
        ordered.add(block);
        keys.put(block, uniqueKey(block, path));
        places.put(block, path);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", ids.get(block));
        if (block instanceof Layout<?> layout) {
            List<Object> children = new ArrayList<>();
            List<Block<?>> grouped = grouped(layout.children, layout, inEqualHeightRow);
            boolean equalHeightRow = layout instanceof Row row && row.isEqualHeight();
            for (int i = 0; i < grouped.size(); i++) {
                children.add(assign(grouped.get(i), path + "." + i, equalHeightRow));
            }
            node.put("children", children);
        }
        return node;
    }

    /**
     * A parent's children with each run of form inputs in a {@link Form}, as Gradio groups them:
     * a State between two inputs leaves them in one form, any other block starts a new one.
     *
     * @param inEqualHeightRow whether the parent is a column of a row with equal heights
     */
    private List<Block<?>> grouped(List<Block<?>> children, Object parent, boolean inEqualHeightRow) {
        if (parent instanceof Form) {
            return children;
        }
        List<Block<?>> grouped = new ArrayList<>();
        Form form = null;
        for (Block<?> child : children) {
            if (Form.groups(child)) {
                if (form == null) {
                    form = new Form();
                    grouped.add(form);
                }
                form.addInput((Component<?, ?>) child, parent, inEqualHeightRow, blocks.fillHeight);
            } else {
                if (Form.breaksGrouping(child)) {
                    form = null;
                }
                grouped.add(child);
            }
        }
        return grouped;
    }

    private void assignUnplaced(Component<?, ?> component) {
        if (!ids.containsKey(component)) {
            ids.put(component, ordered.size() + 1);
            ordered.add(component);
            keys.put(component, uniqueKey(component, "unplaced"));
            places.put(component, "unplaced");
        }
    }

    /**
     * A key that names the same component across reloads, while ids shift: the app's own key,
     * else the type and label (a label moves with its component), else the type and place. The
     * page keeps values, and sessions keep State, by these keys.
     */
    private String uniqueKey(Block<?> block, String path) {
        String label = block instanceof Component<?, ?> component ? component.label() : null;
        String key = block.key() != null ? block.key() : block.type() + ":" + (label != null ? label : path);
        String unique = key;
        for (int n = 2; !usedKeys.add(unique); n++) {
            unique = key + "#" + n;
        }
        return unique;
    }

    private List<Dependency> collectDependencies() {
        List<Dependency> all = new ArrayList<>();
        List<Dependency> pending = new ArrayList<>(blocks.listeners);
        ordered.forEach(block -> pending.addAll(block.listeners));
        for (int i = 0; i < pending.size(); i++) {
            Dependency dependency = pending.get(i);
            if (!all.contains(dependency)) {
                all.add(dependency);
                pending.addAll(dependency.followers);
            }
        }
        all.sort(java.util.Comparator.comparingLong(d -> d.sequence));
        return all;
    }

    private ComponentModel layoutModel(Block<?> block) {
        Props props = new Props();
        block.writeProps(props);
        mirror(block, props);
        props.put("name", block.type());
        props.put("key", keys.get(block));
        return new ComponentModel(ids.get(block), block.type(), places.get(block), block.key() != null,
                Map.copyOf(props.asMap()), true, null, null, null, null, null, null, null, null);
    }

    private ComponentModel componentModel(Component<?, ?> component) throws Exception {
        ComponentModel existing = models.get(component);
        if (existing != null) {
            return existing;
        }
        Props props = new Props();
        component.writeProps(props);
        mirror(component, props);
        Object initial = component.initialPayload(context);
        if (initial != null) {
            props.put("value", initial);
        }
        props.put("name", component.type());
        props.put("key", keys.get(component));
        int id = ids.get(component);
        boolean state = component instanceof State<?>;
        ComponentModel model = new ComponentModel(id, component.type(), places.get(component), component.key() != null,
                java.util.Collections.unmodifiableMap(props.asMap()),
                component.skipApi(), component.label(), component.apiName(), component.apiInfo(),
                component.examplePayload(), codec(component),
                state ? "state:" + keys.get(component) : null,
                state ? ((State<?>) component)::freshValue : null,
                state ? ((State<?>) component).timeToLive() : null);
        models.put(component, model);
        return model;
    }

    /**
     * Another app's props over the ones the block writes: all of them, in Gradio's names, which
     * the page reads as Gradio's does (the compiler then sets {@code name} and {@code key}).
     */
    private static void mirror(Block<?> block, Props props) {
        if (block.mirroredProps == null) {
            return;
        }
        block.mirroredProps.forEach((name, value) -> {
            if (value == null) {
                props.putNull(name);
            } else {
                props.put(name, value);
            }
        });
    }

    private static <T> Codec codec(Component<T, ?> component) {
        if (component.wireCodec != null) {
            return component.wireCodec;
        }
        return new Codec() {
            @Override
            public String validate(Object payload) {
                return component.validate(payload);
            }

            @Override
            public Object preprocess(Object payload, ValueContext context) throws Exception {
                return component.preprocess(payload, context);
            }

            @Override
            public Object coerce(Object value) {
                return component.coerce(value);
            }

            @Override
            public Object postprocess(Object value, ValueContext context) throws Exception {
                T typed;
                try {
                    typed = component.coerce(value);
                } catch (ClassCastException e) {
                    throw new ClassCastException("the handler returned a " + value.getClass().getName()
                            + ", which a " + component.apiName() + " output cannot take");
                }
                return component.postprocess(typed, context);
            }
        };
    }

    private DependencyModel dependencyModel(Dependency d, Map<Dependency, Integer> depIds, Set<String> apiNames) throws Exception {
        int id = depIds.get(d);
        List<Target> targets = new ArrayList<>();
        Integer triggerAfter = null;
        if (d.source instanceof Dependency previous) {
            targets.add(new Target(null, d.event));
            triggerAfter = depIds.get(previous);
        } else {
            targets.add(target(d.source, d.event));
        }
        for (Trigger extra : d.extraTriggers) {
            targets.add(target(extra.source, extra.event));
        }
        List<InputModel> inputs = new ArrayList<>();
        List<String> parameterNames = new ArrayList<>();
        List<String> reflected = FunctionNames.parameterNames(d.fn, d.inputs.size());
        for (int i = 0; i < d.inputs.size(); i++) {
            switch (d.inputs.get(i)) {
                case Component<?, ?> component -> {
                    inputs.add(new InputModel.FromComponent(componentModel(component)));
                    String given = d.parameterNames != null && i < d.parameterNames.size() ? d.parameterNames.get(i) : null;
                    parameterNames.add(given != null ? given : parameterName(reflected.get(i), component, i));
                }
                case Injected<?> injected -> {
                    inputs.add(new InputModel.Injected(injected.name, injected.resolver::apply));
                    parameterNames.add(null);
                }
            }
        }
        List<ComponentModel> outputs = new ArrayList<>();
        for (Component<?, ?> component : Outputs.componentsOf(d.output)) {
            outputs.add(componentModel(component));
        }
        boolean backend = d.invoker != null;
        ApiVisibility visibility = backend ? d.apiVisibility : ApiVisibility.PRIVATE;
        String apiName = uniqueName(d.apiName != null ? d.apiName : backend ? FunctionNames.of(d.fn) : "js_fn", apiNames);
        boolean queue = backend && (d.queue == null || d.queue);
        Integer limit = d.concurrencyLimitSet ? d.concurrencyLimit : blocks.defaultConcurrencyLimit;
        String group = d.concurrencyId != null ? "id:" + d.concurrencyId : "fn:" + id;
        List<Integer> cancels = d.cancels.stream().map(depIds::get).toList();
        if (cancels.contains(null)) {
            throw new IllegalStateException("Event " + apiName + " cancels an event that is not part of this app.");
        }
        return new DependencyModel(id, targets, List.copyOf(inputs), List.copyOf(outputs), d.invoker,
                ResultMapping.forOutput(d.output, outputs.size()), d.output instanceof StreamingOutput<?>,
                apiName, visibility, d.apiDescription, queue, limit, group, cancels,
                d.triggerMode != null ? d.triggerMode : defaultTriggerMode(d.event),
                d.maxBatchSize, triggerAfter, "success".equals(d.event) && triggerAfter != null,
                "failure".equals(d.event) && triggerAfter != null, d.js, d.showProgress,
                d.scrollToOutput, java.util.Collections.unmodifiableList(parameterNames), d.declaredWithOn,
                d.preprocess, d.mirroredApi);
    }

    private Target target(Object source, String event) {
        Integer targetId = source instanceof Block<?> block ? ids.get(block) : Integer.valueOf(0);
        if (targetId == null) {
            throw new IllegalStateException("An event \"" + event + "\" is wired on a " + ((Block<?>) source).type()
                    + " that is not in the app's layout; add it to the layout.");
        }
        return new Target(targetId, event);
    }

    private static TriggerMode defaultTriggerMode(String event) {
        return "change".equals(event) || "key_up".equals(event) ? TriggerMode.ALWAYS_LAST : TriggerMode.ONCE;
    }

    private static String parameterName(String reflected, Component<?, ?> component, int index) {
        if (reflected != null && !RESERVED_NAMES.contains(reflected)) {
            return reflected;
        }
        String label = component.label();
        if (label != null) {
            String name = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
            if (!name.isEmpty() && !Character.isDigit(name.charAt(0)) && !RESERVED_NAMES.contains(name)) {
                return name;
            }
        }
        return "param_" + index;
    }

    private static String uniqueName(String base, Set<String> taken) {
        String name = base;
        for (int i = 1; !taken.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
