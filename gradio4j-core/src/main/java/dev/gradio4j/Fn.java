package dev.gradio4j;

import java.io.Serializable;
import java.util.List;

/**
 * The shapes of event handlers, by number of inputs: {@code F2<A, B, R>} takes two inputs and
 * returns the output's value, {@code V2<A, B>} takes two and returns nothing. Users write
 * lambdas or method references and never name these types.
 *
 * <p>They are {@link Serializable} only so that gradio4j can read a method reference's name for
 * the default API name ({@code Calculator::calculate} gives {@code /calculate}); nothing is ever
 * serialized. Handlers may throw any exception: a {@link GradioError} reaches the user as it is,
 * any other is reported as a generic error.
 */
public final class Fn {
    private Fn() {}

    /** A handler of 0 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F0<R> extends Serializable {
        /** Runs the handler. */
        R apply() throws Exception;
    }

    /** A handler of 0 inputs with no output. */
    @FunctionalInterface
    public interface V0 extends Serializable {
        /** Runs the handler. */
        void accept() throws Exception;
    }

    /** A handler of 1 input that returns the output's value. */
    @FunctionalInterface
    public interface F1<A, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a) throws Exception;
    }

    /** A handler of 1 input with no output. */
    @FunctionalInterface
    public interface V1<A> extends Serializable {
        /** Runs the handler. */
        void accept(A a) throws Exception;
    }

    /** A handler of 2 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F2<A, B, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a, B b) throws Exception;
    }

    /** A handler of 2 inputs with no output. */
    @FunctionalInterface
    public interface V2<A, B> extends Serializable {
        /** Runs the handler. */
        void accept(A a, B b) throws Exception;
    }

    /** A handler of 3 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F3<A, B, C, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a, B b, C c) throws Exception;
    }

    /** A handler of 3 inputs with no output. */
    @FunctionalInterface
    public interface V3<A, B, C> extends Serializable {
        /** Runs the handler. */
        void accept(A a, B b, C c) throws Exception;
    }

    /** A handler of 4 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F4<A, B, C, D, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a, B b, C c, D d) throws Exception;
    }

    /** A handler of 4 inputs with no output. */
    @FunctionalInterface
    public interface V4<A, B, C, D> extends Serializable {
        /** Runs the handler. */
        void accept(A a, B b, C c, D d) throws Exception;
    }

    /** A handler of 5 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F5<A, B, C, D, E, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a, B b, C c, D d, E e) throws Exception;
    }

    /** A handler of 5 inputs with no output. */
    @FunctionalInterface
    public interface V5<A, B, C, D, E> extends Serializable {
        /** Runs the handler. */
        void accept(A a, B b, C c, D d, E e) throws Exception;
    }

    /** A handler of 6 inputs that returns the output's value. */
    @FunctionalInterface
    public interface F6<A, B, C, D, E, F, R> extends Serializable {
        /** Runs the handler. */
        R apply(A a, B b, C c, D d, E e, F f) throws Exception;
    }

    /** A handler of 6 inputs with no output. */
    @FunctionalInterface
    public interface V6<A, B, C, D, E, F> extends Serializable {
        /** Runs the handler. */
        void accept(A a, B b, C c, D d, E e, F f) throws Exception;
    }

    /** A handler of any number of inputs, for more than six or a list built at run time. */
    @FunctionalInterface
    public interface Dynamic extends Serializable {
        /** Runs the handler with one argument per input, in order. */
        Object apply(List<Object> args) throws Exception;
    }
}
