package dev.gradio4j.internal.app;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a handler's name and parameter names, for default API names ({@code /calculate}) and
 * API parameter names, the way Gradio reads a Python function's. Lambdas and method references
 * reveal their implementation method through {@link SerializedLambda}; nothing is serialized.
 */
public final class FunctionNames {
    private FunctionNames() {}

    /** The handler's name with characters other than letters, digits, '-' and '_' removed; "lambda" for lambdas. */
    public static String of(Serializable fn) {
        SerializedLambda lambda = serialized(fn);
        String name;
        if (lambda != null) {
            name = lambda.getImplMethodName().startsWith("lambda$") ? "lambda" : lambda.getImplMethodName();
        } else if (fn != null) {
            String simple = fn.getClass().getSimpleName();
            name = simple.isEmpty() ? "fn" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        } else {
            name = "unnamed";
        }
        String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "");
        return cleaned.isEmpty() ? "fn" : cleaned;
    }

    /**
     * The names of the handler's last {@code count} parameters (captured variables come first in
     * a lambda's method), or nulls where the class was compiled without {@code -parameters}.
     */
    public static List<String> parameterNames(Serializable fn, int count) {
        List<String> none = Collections.nCopies(count, null);
        SerializedLambda lambda = serialized(fn);
        if (lambda == null) {
            return none;
        }
        try {
            Class<?> owner = Class.forName(lambda.getImplClass().replace('/', '.'), false, fn.getClass().getClassLoader());
            for (Method method : owner.getDeclaredMethods()) {
                if (method.getName().equals(lambda.getImplMethodName())
                        && descriptor(method).equals(lambda.getImplMethodSignature())) {
                    Parameter[] parameters = method.getParameters();
                    boolean instance = !java.lang.reflect.Modifier.isStatic(method.getModifiers())
                            && lambda.getImplMethodKind() != java.lang.invoke.MethodHandleInfo.REF_invokeStatic;
                    List<Parameter> all = new ArrayList<>(Arrays.asList(parameters));
                    if (instance && lambda.getCapturedArgCount() == 0 && all.size() == count - 1) {
                        return none; // an unbound instance method reference: the receiver is the first input
                    }
                    if (all.size() < count) {
                        return none;
                    }
                    List<String> names = new ArrayList<>();
                    for (Parameter parameter : all.subList(all.size() - count, all.size())) {
                        names.add(parameter.isNamePresent() ? parameter.getName() : null);
                    }
                    return names;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
            return none;
        }
        return none;
    }

    private static String descriptor(Method method) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> type : method.getParameterTypes()) {
            sb.append(type.descriptorString());
        }
        return sb.append(')').append(method.getReturnType().descriptorString()).toString();
    }

    /**
     * What the handler is, stable from one run of the program to the next while its code keeps
     * its place: the implementing class, method and signature of a lambda or method reference,
     * else the handler's class. Keys the example cache.
     */
    public static String identity(Serializable fn) {
        SerializedLambda lambda = serialized(fn);
        if (lambda != null) {
            return lambda.getImplClass() + "#" + lambda.getImplMethodName() + lambda.getImplMethodSignature();
        }
        return fn == null ? "" : fn.getClass().getName();
    }

    private static SerializedLambda serialized(Serializable fn) {
        if (fn == null) {
            return null;
        }
        try {
            Method writeReplace = fn.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(fn) instanceof SerializedLambda lambda ? lambda : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
