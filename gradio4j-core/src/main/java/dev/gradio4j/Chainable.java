package dev.gradio4j;

import java.util.List;

/**
 * Follow-up events of a {@link Dependency}, run by the browser after it ends: {@code then}
 * always, {@code success} only when it succeeded, {@code failure} only when it failed.
 * Each method takes the same handler shapes as the component events.
 */
public interface Chainable {
    /** Registers an event with no handler, to carry {@link Dependency#cancels} or {@link Dependency#js}. */
    default Dependency then() {
        return Events.listen(this, "then", null, null, null, List.of());
    }
    /** Runs {@code fn} on 0 inputs and sends its result to {@code output}. */
    default <R> Dependency then(Fn.F0<R> fn, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(), output, List.of());
    }
    /** Runs {@code fn} on 1 input and sends its result to {@code output}. */
    default <A, R> Dependency then(Fn.F1<A, R> fn, Input<A> a, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0)), output, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs and sends its result to {@code output}. */
    default <A, B, R> Dependency then(Fn.F2<A, B, R> fn, Input<A> a, Input<B> b, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1)), output, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs and sends its result to {@code output}. */
    default <A, B, C, R> Dependency then(Fn.F3<A, B, C, R> fn, Input<A> a, Input<B> b, Input<C> c, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2)), output, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs and sends its result to {@code output}. */
    default <A, B, C, D, R> Dependency then(Fn.F4<A, B, C, D, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3)), output, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, R> Dependency then(Fn.F5<A, B, C, D, E, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4)), output, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, F, R> Dependency then(Fn.F6<A, B, C, D, E, F, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f, Output<R> output) {
        return Events.listen(this, "then", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5)), output, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on 0 inputs, with no output. */
    default Dependency then(Fn.V0 fn) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept();
            return null;
        }, null, List.of());
    }
    /** Runs {@code fn} on 1 input, with no output. */
    default <A> Dependency then(Fn.V1<A> fn, Input<A> a) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0));
            return null;
        }, null, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs, with no output. */
    default <A, B> Dependency then(Fn.V2<A, B> fn, Input<A> a, Input<B> b) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1));
            return null;
        }, null, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs, with no output. */
    default <A, B, C> Dependency then(Fn.V3<A, B, C> fn, Input<A> a, Input<B> b, Input<C> c) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2));
            return null;
        }, null, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs, with no output. */
    default <A, B, C, D> Dependency then(Fn.V4<A, B, C, D> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3));
            return null;
        }, null, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs, with no output. */
    default <A, B, C, D, E> Dependency then(Fn.V5<A, B, C, D, E> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4));
            return null;
        }, null, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs, with no output. */
    default <A, B, C, D, E, F> Dependency then(Fn.V6<A, B, C, D, E, F> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f) {
        return Events.listen(this, "then", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5));
            return null;
        }, null, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on any number of inputs; its result fills {@code output} (see {@link Outputs}). */
    default Dependency then(Fn.Dynamic fn, List<? extends Input<?>> inputs, Output<?> output) {
        return Events.listen(this, "then", fn, fn::apply, output, List.copyOf(inputs));
    }
    /** Registers an event with no handler, to carry {@link Dependency#cancels} or {@link Dependency#js}. */
    default Dependency success() {
        return Events.listen(this, "success", null, null, null, List.of());
    }
    /** Runs {@code fn} on 0 inputs and sends its result to {@code output}. */
    default <R> Dependency success(Fn.F0<R> fn, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(), output, List.of());
    }
    /** Runs {@code fn} on 1 input and sends its result to {@code output}. */
    default <A, R> Dependency success(Fn.F1<A, R> fn, Input<A> a, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0)), output, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs and sends its result to {@code output}. */
    default <A, B, R> Dependency success(Fn.F2<A, B, R> fn, Input<A> a, Input<B> b, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1)), output, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs and sends its result to {@code output}. */
    default <A, B, C, R> Dependency success(Fn.F3<A, B, C, R> fn, Input<A> a, Input<B> b, Input<C> c, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2)), output, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs and sends its result to {@code output}. */
    default <A, B, C, D, R> Dependency success(Fn.F4<A, B, C, D, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3)), output, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, R> Dependency success(Fn.F5<A, B, C, D, E, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4)), output, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, F, R> Dependency success(Fn.F6<A, B, C, D, E, F, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f, Output<R> output) {
        return Events.listen(this, "success", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5)), output, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on 0 inputs, with no output. */
    default Dependency success(Fn.V0 fn) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept();
            return null;
        }, null, List.of());
    }
    /** Runs {@code fn} on 1 input, with no output. */
    default <A> Dependency success(Fn.V1<A> fn, Input<A> a) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0));
            return null;
        }, null, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs, with no output. */
    default <A, B> Dependency success(Fn.V2<A, B> fn, Input<A> a, Input<B> b) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1));
            return null;
        }, null, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs, with no output. */
    default <A, B, C> Dependency success(Fn.V3<A, B, C> fn, Input<A> a, Input<B> b, Input<C> c) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2));
            return null;
        }, null, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs, with no output. */
    default <A, B, C, D> Dependency success(Fn.V4<A, B, C, D> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3));
            return null;
        }, null, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs, with no output. */
    default <A, B, C, D, E> Dependency success(Fn.V5<A, B, C, D, E> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4));
            return null;
        }, null, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs, with no output. */
    default <A, B, C, D, E, F> Dependency success(Fn.V6<A, B, C, D, E, F> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f) {
        return Events.listen(this, "success", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5));
            return null;
        }, null, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on any number of inputs; its result fills {@code output} (see {@link Outputs}). */
    default Dependency success(Fn.Dynamic fn, List<? extends Input<?>> inputs, Output<?> output) {
        return Events.listen(this, "success", fn, fn::apply, output, List.copyOf(inputs));
    }
    /** Registers an event with no handler, to carry {@link Dependency#cancels} or {@link Dependency#js}. */
    default Dependency failure() {
        return Events.listen(this, "failure", null, null, null, List.of());
    }
    /** Runs {@code fn} on 0 inputs and sends its result to {@code output}. */
    default <R> Dependency failure(Fn.F0<R> fn, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(), output, List.of());
    }
    /** Runs {@code fn} on 1 input and sends its result to {@code output}. */
    default <A, R> Dependency failure(Fn.F1<A, R> fn, Input<A> a, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0)), output, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs and sends its result to {@code output}. */
    default <A, B, R> Dependency failure(Fn.F2<A, B, R> fn, Input<A> a, Input<B> b, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1)), output, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs and sends its result to {@code output}. */
    default <A, B, C, R> Dependency failure(Fn.F3<A, B, C, R> fn, Input<A> a, Input<B> b, Input<C> c, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2)), output, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs and sends its result to {@code output}. */
    default <A, B, C, D, R> Dependency failure(Fn.F4<A, B, C, D, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3)), output, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, R> Dependency failure(Fn.F5<A, B, C, D, E, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4)), output, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs and sends its result to {@code output}. */
    default <A, B, C, D, E, F, R> Dependency failure(Fn.F6<A, B, C, D, E, F, R> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f, Output<R> output) {
        return Events.listen(this, "failure", fn, args -> fn.apply(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5)), output, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on 0 inputs, with no output. */
    default Dependency failure(Fn.V0 fn) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept();
            return null;
        }, null, List.of());
    }
    /** Runs {@code fn} on 1 input, with no output. */
    default <A> Dependency failure(Fn.V1<A> fn, Input<A> a) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0));
            return null;
        }, null, List.of(a));
    }
    /** Runs {@code fn} on 2 inputs, with no output. */
    default <A, B> Dependency failure(Fn.V2<A, B> fn, Input<A> a, Input<B> b) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1));
            return null;
        }, null, List.of(a, b));
    }
    /** Runs {@code fn} on 3 inputs, with no output. */
    default <A, B, C> Dependency failure(Fn.V3<A, B, C> fn, Input<A> a, Input<B> b, Input<C> c) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2));
            return null;
        }, null, List.of(a, b, c));
    }
    /** Runs {@code fn} on 4 inputs, with no output. */
    default <A, B, C, D> Dependency failure(Fn.V4<A, B, C, D> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3));
            return null;
        }, null, List.of(a, b, c, d));
    }
    /** Runs {@code fn} on 5 inputs, with no output. */
    default <A, B, C, D, E> Dependency failure(Fn.V5<A, B, C, D, E> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4));
            return null;
        }, null, List.of(a, b, c, d, e));
    }
    /** Runs {@code fn} on 6 inputs, with no output. */
    default <A, B, C, D, E, F> Dependency failure(Fn.V6<A, B, C, D, E, F> fn, Input<A> a, Input<B> b, Input<C> c, Input<D> d, Input<E> e, Input<F> f) {
        return Events.listen(this, "failure", fn, args -> {
            fn.accept(Events.arg(args, 0), Events.arg(args, 1), Events.arg(args, 2), Events.arg(args, 3), Events.arg(args, 4), Events.arg(args, 5));
            return null;
        }, null, List.of(a, b, c, d, e, f));
    }
    /** Runs {@code fn} on any number of inputs; its result fills {@code output} (see {@link Outputs}). */
    default Dependency failure(Fn.Dynamic fn, List<? extends Input<?>> inputs, Output<?> output) {
        return Events.listen(this, "failure", fn, fn::apply, output, List.copyOf(inputs));
    }
}
