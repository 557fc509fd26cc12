package dev.gradio4j.internal.theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme as the server hands it out: the CSS of {@code GET /theme.css}, its hash (the config's
 * {@code theme_hash}, which the page puts in the stylesheet's URL so browsers fetch a changed
 * theme anew), the colours of the config's {@code body_css} and the font stylesheets of its
 * {@code stylesheets}.
 *
 * <p>The CSS is written as Gradio writes it, byte for byte, so that the hash is Gradio's too: the
 * font faces, then a {@code :root} block with every variable, then a {@code .dark} block with the
 * dark ones first and the light values of the rest. A reference {@code *name} becomes
 * {@code var(--name)}. A dark variable without a value of its own comes out as Gradio writes it,
 * {@code --its_name: None;} (an unused name that browsers ignore), followed later by its light
 * value under the right name.
 *
 * @param name        the theme's name, the config's {@code theme}
 * @param css         the stylesheet
 * @param hash        the SHA-256 of {@code css}, in hex
 * @param bodyCss     the page's background and text colours, light and dark, references resolved
 * @param stylesheets URLs of the font stylesheets the page loads
 */
public record ThemeStylesheet(String name, String css, String hash, Map<String, String> bodyCss, List<String> stylesheets) {
    private static final Pattern REFERENCE = Pattern.compile("\\*(\\w+)\\b");
    private static final String DARK = "_dark";

    /**
     * Writes a theme.
     *
     * @param values    every variable in Gradio's order ({@code name} and {@code custom_css}, the
     *                  core variables, then the table's), dark ones under their {@code _dark}
     *                  name, null for a dark one without a value of its own
     * @param fontFaces the {@code @font-face} rules of its local fonts
     */
    public static ThemeStylesheet of(String name, Map<String, String> values, List<String> fontFaces, List<String> stylesheets) {
        Map<String, String> light = new LinkedHashMap<>();
        Map<String, String> dark = new LinkedHashMap<>();
        values.forEach((variable, value) -> {
            if (variable.endsWith(DARK)) {
                String lightName = variable.substring(0, variable.length() - DARK.length());
                if (value == null) {
                    dark.put(lightName, "None");
                } else {
                    dark.put(cssName(lightName), asCss(value));
                }
            } else {
                light.put(cssName(variable), asCss(value));
            }
        });
        light.forEach(dark::putIfAbsent);
        String css = String.join("\n", fontFaces) + "\n" + block(":root {\n", light) + "\n\n" + block(":root.dark, :root .dark {\n", dark);
        Map<String, String> body = new LinkedHashMap<>();
        for (String variable : List.of("body_background_fill", "body_text_color", "body_background_fill_dark", "body_text_color_dark")) {
            body.put(variable, computed(values, variable, 0));
        }
        return new ThemeStylesheet(name, css, sha256(css), body, List.copyOf(stylesheets));
    }

    private static String block(String opening, Map<String, String> variables) {
        var out = new StringBuilder(opening);
        variables.forEach((variable, value) -> out.append("  --").append(variable).append(": ").append(value).append(";\n"));
        return out.append('}').toString();
    }

    private static String cssName(String variable) {
        return variable.replace('_', '-');
    }

    private static String asCss(String value) {
        return REFERENCE.matcher(value).replaceAll(match -> Matcher.quoteReplacement("var(--" + cssName(match.group(1)) + ")"));
    }

    /** A variable's value with every reference replaced by what it refers to, in dark mode for a dark one. */
    public static String computed(Map<String, String> values, String variable) {
        return computed(values, variable, 0);
    }

    private static String computed(Map<String, String> values, String variable, int depth) {
        if (depth > 100) {
            return "";   // a reference cycle: Gradio gives up the same way
        }
        boolean isDark = variable.endsWith(DARK);
        String value = values.get(variable);
        if (value == null && isDark) {
            value = values.get(variable.substring(0, variable.length() - DARK.length()));
        }
        if (value == null) {
            return "";
        }
        return REFERENCE.matcher(value).replaceAll(match ->
                Matcher.quoteReplacement(computed(values, match.group(1) + (isDark ? DARK : ""), depth + 1)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
