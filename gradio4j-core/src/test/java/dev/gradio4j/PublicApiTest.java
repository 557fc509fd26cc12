package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API as checked in ({@code api/gradio4j-core.api}): every public type of the user
 * packages, with its public and protected members. A change to the API fails this test until the
 * file changes with it, so every API change shows in review. After a deliberate change, rewrite
 * the file with {@code ./mvnw test -pl gradio4j-core -Dtest=PublicApiTest -Dgradio4j.api.update=true}.
 */
class PublicApiTest {
    private static final Path FILE = Path.of("api/gradio4j-core.api");
    private static final List<String> PACKAGES = List.of("dev.gradio4j", "dev.gradio4j.llm");

    @Test
    void thePublicApiIsTheCheckedInOne() throws Exception {
        String actual = describe();
        if (Boolean.getBoolean("gradio4j.api.update")) {
            Files.writeString(FILE, actual);
        }
        assertThat(FILE).as("the checked-in API; see this test's Javadoc to update it").exists();
        List<String> expected = Files.readAllLines(FILE);
        List<String> now = actual.lines().toList();
        List<String> added = now.stream().filter(line -> !expected.contains(line)).toList();
        List<String> removed = expected.stream().filter(line -> !now.contains(line)).toList();
        assertThat(added).as("in the API but not in " + FILE + " (added or changed)").isEmpty();
        assertThat(removed).as("in " + FILE + " but no longer in the API (removed or changed)").isEmpty();
        assertThat(now).as("the API's order").isEqualTo(expected);
    }

    static String describe() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> lines = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            List<String> names;
            try (Stream<Path> files = Files.list(dir)) {
                names = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
                        .map(name -> pkg + "." + name.substring(0, name.length() - ".class".length()))
                        .sorted().toList();
            }
            for (String name : names) {
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (isVisible(type)) {
                    lines.addAll(describe(type));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** Public, and (for a nested type) nested in visible types only. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> describe(Class<?> type) {
        List<String> lines = new ArrayList<>();
        lines.add(declaration(type));
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (isApi(field)) {
                members.add("  field " + Modifier.toString(field.getModifiers()) + " " + field.getGenericType().getTypeName()
                        + " " + field.getName());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isApi(constructor) && !type.isEnum()) {
                members.add("  " + constructor.toGenericString().replace(type.getName(), type.getSimpleName()));
            }
        }
        // Static factories a public class inherits from a package-private one (Interface.of) are its API too.
        for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
            if (owner != type && Modifier.isPublic(owner.getModifiers())) {
                break;
            }
            for (Method method : owner.getDeclaredMethods()) {
                if (isApi(method) && !method.isBridge() && !isEnumBoilerplate(type, method)) {
                    members.add("  " + method.toGenericString().replace(owner.getName() + ".", type.getName() + "."));
                }
            }
        }
        members.stream().sorted().forEach(lines::add);
        return lines;
    }

    private static String declaration(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        String sealed = type.isSealed() ? "sealed " : "";
        String parameters = type.getTypeParameters().length == 0 ? "" : Arrays.stream(type.getTypeParameters())
                .map(v -> v.getName() + (v.getBounds().length == 1 && v.getBounds()[0] == Object.class ? ""
                        : " extends " + Arrays.stream(v.getBounds()).map(b -> b.getTypeName()).collect(Collectors.joining(" & "))))
                .collect(Collectors.joining(", ", "<", ">"));
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers) + " " + sealed + kind + " " + type.getName() + parameters);
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()) {
            Class<?> visible = type.getSuperclass();
            while (visible != null && !Modifier.isPublic(visible.getModifiers())) {
                visible = visible.getSuperclass();
            }
            if (visible != null && visible != Object.class) {
                line.append(" extends ").append(visible == type.getSuperclass() ? type.getGenericSuperclass().getTypeName() : visible.getName());
            }
        }
        String interfaces = Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).collect(Collectors.joining(", "));
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(interfaces);
        }
        return line.toString();
    }

    private static boolean isApi(Member member) {
        int modifiers = member.getModifiers();
        boolean synthetic = member instanceof Executable executable ? executable.isSynthetic() : ((Field) member).isSynthetic();
        return !synthetic && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
    }

    private static boolean isEnumBoilerplate(Class<?> type, Method method) {
        return type.isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"));
    }
}
