package dev.gradio4j;

import java.util.List;

/**
 * The {@code stop} event: fires when the user presses the component's Stop button.
 *
 * <p>Each method registers a handler and returns its {@link Dependency} for further settings
 * ({@code apiName}, {@code concurrencyLimit}, {@code then}, ...). The handler's parameter
 * types are checked against the inputs' value types:
 * <pre>{@code
 * box.stop(Calculator::add, a, b, sum);   // add(Double, Double) -> Double
 * }</pre>
 */
public interface OnStop {
    /** Registers an event with no handler, to carry {@link Dependency#cancels} or {@link Dependency#js}. */
    default Dependency stop() {
        return Events.listen(this, "stop", null, null, null, List.of());
    }
    /** Runs {@code fn} on 0 inputs and sends its result to {@code output}. */
    default <R> Dependency stop(Fn.F0<R> fn, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(), output, List.of());
    }
    /** Runs {@code fn} on 1 input and sends its result to {@code output}. */
    default <A, R> Dependency stop(Fn.F1<A, R> fn, Input<A> a, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0)), output, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs and sends its result to {@code output}. */
    default <A, B, R> Dependency stop(Fn.F2<A, B, R> fn, Input<A> a, Input<B> b, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1)), output, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs and sends its result to {@code output}. */
    default <A, B, C, R> Dependency stop(Fn.F3<A, B, C, R> fn, Input<A> a, Input<B> b, Input<C> c, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2)), output, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs and sends its result to {@code output}. */
    default <A, B, C, D, R> Dependency stop(Fn.F4<A, B, C, D, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3)), output, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, R> Dependency stop(Fn.F5<A, B, C, D, E, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4)), output, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, F, R> Dependency stop(Fn.F6<A, B, C, D, E, F, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f, Output<R> output) {
        return Events.listen(this, "stop", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5)), output, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on 0 inputs, with no output. */
    default Dependency stop(Fn.V0 fn) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept();
            return null;
        }, null, List.of());
    }
    /** Runs {@code fn} on 1 input, with no output. */
    default <A> Dependency stop(Fn.V1<A> fn, Input<A> a) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0));
            return null;
        }, null, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs, with no output. */
    default <A, B> Dependency stop(Fn.V2<A, B> fn, Input<A> a, Input<B> b) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1));
            return null;
        }, null, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs, with no output. */
    default <A, B, C> Dependency stop(Fn.V3<A, B, C> fn, Input<A> a, Input<B> b, Input<C> c) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2));
            return null;
        }, null, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs, with no output. */
    default <A, B, C, D> Dependency stop(Fn.V4<A, B, C, D> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3));
            return null;
        }, null, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs, with no output. */
    default <A, B, C, D, E> Dependency stop(Fn.V5<A, B, C, D, E> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4));
            return null;
        }, null, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs, with no output. */
    default <A, B, C, D, E, F> Dependency stop(Fn.V6<A, B, C, D, E, F> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f) {
        return Events.listen(this, "stop", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5));
            return null;
        }, null, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on any number of inputs; its result fills {@code output} (see {@link Outputs}). */
    default Dependency stop(Fn.Dynamic fn, List<? extends Input<?>> inputs, Output<?> output) {
        return Events.listen(this, "stop", fn, fn::apply, output, List.copyOf(inputs));
    }
}
