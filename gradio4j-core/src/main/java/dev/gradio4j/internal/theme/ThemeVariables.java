package dev.gradio4j.internal.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The variables a theme sets besides its hues, sizes and fonts, read from {@code variables.tsv}:
 * their names in the order Gradio writes them into {@code theme.css}, and the Base theme's value
 * of each. A name ending in {@code _dark} is the dark-mode value of the name before it; its value
 * may be null (then the light value applies in dark mode too). Built-in themes' own values are in
 * {@code <theme>.tsv} beside it.
 */
public final class ThemeVariables {
    /** The variables every theme has before those of the table: its palette, sizes and fonts. */
    public static final List<String> CORE = core();

    private static final Map<String, String> BASE = read("variables.tsv");

    private ThemeVariables() {}

    /** The Base theme's variables in Gradio's order, dark ones included; an unmodifiable view. */
    public static Map<String, String> base() {
        return Collections.unmodifiableMap(BASE);
    }

    /** Whether {@code variable} is one a theme's {@code set} may change. */
    public static boolean settable(String variable) {
        return BASE.containsKey(variable);
    }

    /** Whether {@code variable} names a value a theme's value may refer to ({@code *name}). */
    public static boolean referable(String variable) {
        return BASE.containsKey(variable) || CORE.contains(variable);
    }

    /** What a built-in theme sets over the Base theme's values, in order. */
    public static Map<String, String> builtIn(String theme) {
        return read(theme + ".tsv");
    }

    /** The known variable closest to {@code unknown} in spelling, to suggest in an error. */
    public static String nearest(String unknown) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String name : (Iterable<String>) Stream.concat(BASE.keySet().stream(), CORE.stream())::iterator) {
            int distance = distance(unknown, name);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static List<String> core() {
        var names = new java.util.ArrayList<String>();
        for (String hue : List.of("primary", "secondary", "neutral")) {
            for (String shade : List.of("50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950")) {
                names.add(hue + "_" + shade);
            }
        }
        for (String scale : List.of("spacing", "radius", "text")) {
            for (String step : List.of("xxs", "xs", "sm", "md", "lg", "xl", "xxl")) {
                names.add(scale + "_" + step);
            }
        }
        names.add("font");
        names.add("font_mono");
        return List.copyOf(names);
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> values = new LinkedHashMap<>();
        try (InputStream in = ThemeVariables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the theme table " + resource + " is missing from the jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String value = line.substring(tab + 1);
                values.put(line.substring(0, tab), value.equals("-") ? null : value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
