package dev.gradio4j;

import dev.gradio4j.internal.theme.ShippedFonts;
import dev.gradio4j.internal.theme.ThemeStylesheet;
import dev.gradio4j.internal.theme.ThemeVariables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The look of the page: Gradio's themes, as values. A theme is three hues (primary, secondary,
 * neutral), three size scales (text, spacing, corner radius), two font stacks, and some three
 * hundred CSS variables defined in their terms ({@code button_primary_background_fill} is
 * {@code *primary_500} in the default theme), each with a dark-mode value where it differs. The
 * server serves it as Gradio does, as {@code /theme.css}; gradio4j's page and Gradio's own both
 * draw with its variables.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ThemeSnippets" region="theme"}
 *
 * <p>The built-in themes are Gradio's: {@link #defaultTheme()} (what an app without a theme
 * gets), {@link #origin()}, {@link #citrus()}, {@link #monochrome()}, {@link #soft()},
 * {@link #glass()}, {@link #ocean()}, and {@link #base()}, the plain one the others build on.
 * Changing a hue, a size or a font of a built-in theme is Gradio's {@code gr.themes.Soft(primary_hue="green")}:
 * the theme's own variables follow, since they refer to the hues rather than to colours.
 * {@link #set} overrides single variables, light ({@code "body_background_fill"}) or dark
 * ({@code "body_background_fill_dark"}); a value may refer to another variable as {@code *name}.
 *
 * <p>Themes are immutable: every method returns a changed copy.
 */
public final class Theme {
    private static final Pattern REFERENCE = Pattern.compile("\\*(\\w+)\\b");
    private static final List<String> BUILT_IN = List.of("base", "default", "origin", "citrus", "monochrome", "soft", "glass", "ocean");

    private final String name;
    private final Hue primaryHue;
    private final Hue secondaryHue;
    private final Hue neutralHue;
    private final Size textSize;
    private final Size spacingSize;
    private final Size radiusSize;
    private final List<Font> font;
    private final List<Font> fontMono;
    private final Map<String, @Nullable String> values;

    private Theme(String name, Hue primaryHue, Hue secondaryHue, Hue neutralHue, Size textSize, Size spacingSize,
                  Size radiusSize, List<Font> font, List<Font> fontMono, Map<String, @Nullable String> values) {
        this.name = name;
        this.primaryHue = primaryHue;
        this.secondaryHue = secondaryHue;
        this.neutralHue = neutralHue;
        this.textSize = textSize;
        this.spacingSize = spacingSize;
        this.radiusSize = radiusSize;
        this.font = List.copyOf(font);
        this.fontMono = List.copyOf(fontMono);
        this.values = values;
    }

    /** Gradio's Base theme: blue and zinc, IBM Plex, medium sizes; the one the others change. */
    public static Theme base() {
        return builtIn("base", Hue.BLUE, Hue.BLUE, Hue.ZINC, Size.TEXT_MD, Size.SPACING_MD, Size.RADIUS_MD,
                sans(Font.local("IBM Plex Sans", 400, 600)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Default theme, what an app without a theme gets: orange, blue and zinc, Source Sans Pro. */
    public static Theme defaultTheme() {
        return builtIn("default", Hue.ORANGE, Hue.BLUE, Hue.ZINC, Size.TEXT_MD, Size.SPACING_MD, Size.RADIUS_MD,
                sans(Font.local("Source Sans Pro", 400, 600)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Origin theme: the look of Gradio 4, orange on gray. */
    public static Theme origin() {
        return builtIn("origin", Hue.ORANGE, Hue.BLUE, Hue.GRAY, Size.TEXT_MD, Size.SPACING_MD, Size.RADIUS_MD,
                sans(Font.local("Source Sans Pro", 400, 600)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Citrus theme: amber on stone, roomy, with raised buttons. */
    public static Theme citrus() {
        return builtIn("citrus", Hue.AMBER, Hue.AMBER, Hue.STONE, Size.TEXT_MD, Size.SPACING_LG, Size.RADIUS_MD,
                sans(Font.local("Ubuntu", 400)), mono(Font.local("Roboto Mono", 400, 600)));
    }

    /** Gradio's Monochrome theme: black and white, square corners, a serif font. */
    public static Theme monochrome() {
        return builtIn("monochrome", Hue.NEUTRAL, Hue.NEUTRAL, Hue.NEUTRAL, Size.TEXT_MD, Size.SPACING_LG, Size.RADIUS_NONE,
                sans(Font.local("Lora", 400, 600)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Soft theme: indigo on gray, soft shadows, Montserrat. */
    public static Theme soft() {
        return builtIn("soft", Hue.INDIGO, Hue.INDIGO, Hue.GRAY, Size.TEXT_MD, Size.SPACING_MD, Size.RADIUS_MD,
                sans(Font.local("Montserrat", 400, 700)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Glass theme: blue on slate, small and translucent-looking, system fonts. */
    public static Theme glass() {
        return builtIn("glass", Hue.BLUE, Hue.SLATE, Hue.SLATE, Size.TEXT_SM, Size.SPACING_SM, Size.RADIUS_SM,
                List.of(Font.system("Optima"), Font.system("Candara"), Font.system("Noto Sans"), Font.system("source-sans-pro"),
                        Font.system("sans-serif")),
                mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /** Gradio's Ocean theme: emerald and sky gradients, round corners, IBM Plex Sans. */
    public static Theme ocean() {
        return builtIn("ocean", Hue.EMERALD, Hue.SKY, Hue.ZINC, Size.TEXT_MD, Size.SPACING_MD, Size.RADIUS_XXL,
                sans(Font.local("IBM Plex Sans", 400, 600)), mono(Font.local("IBM Plex Mono", 400, 600)));
    }

    /**
     * A built-in theme by its Gradio name, as Gradio's {@code theme="soft"}: {@code base},
     * {@code default}, {@code origin}, {@code citrus}, {@code monochrome}, {@code soft},
     * {@code glass} or {@code ocean}, in any case.
     *
     * @throws IllegalArgumentException naming the built-in themes when there is none of that name
     */
    public static Theme named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "base" -> base();
            case "default" -> defaultTheme();
            case "origin" -> origin();
            case "citrus" -> citrus();
            case "monochrome" -> monochrome();
            case "soft" -> soft();
            case "glass" -> glass();
            case "ocean" -> ocean();
            default -> throw new IllegalArgumentException("there is no built-in theme '" + name + "'; the built-in themes are "
                    + String.join(", ", BUILT_IN));
        };
    }

    private static Theme builtIn(String name, Hue primary, Hue secondary, Hue neutral, Size text, Size spacing, Size radius,
                                 List<Font> font, List<Font> fontMono) {
        Map<String, @Nullable String> values = new LinkedHashMap<>(ThemeVariables.base());
        if (!name.equals("base")) {
            values.putAll(ThemeVariables.builtIn(name));
        }
        return new Theme(name, primary, secondary, neutral, text, spacing, radius, font, fontMono, values);
    }

    private static List<Font> sans(Font first) {
        return List.of(first, Font.system("ui-sans-serif"), Font.system("system-ui"), Font.system("sans-serif"));
    }

    private static List<Font> mono(Font first) {
        return List.of(first, Font.system("ui-monospace"), Font.system("Consolas"), Font.system("monospace"));
    }

    /** The theme's name, the config's {@code theme}: {@code "soft"} for {@link #soft()} and the themes made from it. */
    public String name() {
        return name;
    }

    /** The same theme with another primary hue: buttons, accents, sliders. */
    public Theme primaryHue(Hue hue) {
        return new Theme(name, Objects.requireNonNull(hue, "hue"), secondaryHue, neutralHue, textSize, spacingSize, radiusSize,
                font, fontMono, values);
    }

    /** The same theme with another secondary hue: links, focus rings, checked boxes. */
    public Theme secondaryHue(Hue hue) {
        return new Theme(name, primaryHue, Objects.requireNonNull(hue, "hue"), neutralHue, textSize, spacingSize, radiusSize,
                font, fontMono, values);
    }

    /** The same theme with another neutral hue: backgrounds, borders, text. */
    public Theme neutralHue(Hue hue) {
        return new Theme(name, primaryHue, secondaryHue, Objects.requireNonNull(hue, "hue"), textSize, spacingSize, radiusSize,
                font, fontMono, values);
    }

    /** The same theme with another text size scale ({@link Size#TEXT_SM}, {@link Size#TEXT_MD}, {@link Size#TEXT_LG} or one of yours). */
    public Theme textSize(Size size) {
        return new Theme(name, primaryHue, secondaryHue, neutralHue, Objects.requireNonNull(size, "size"), spacingSize, radiusSize,
                font, fontMono, values);
    }

    /** The same theme with another spacing scale ({@link Size#SPACING_SM}, {@link Size#SPACING_MD}, {@link Size#SPACING_LG} or one of yours). */
    public Theme spacingSize(Size size) {
        return new Theme(name, primaryHue, secondaryHue, neutralHue, textSize, Objects.requireNonNull(size, "size"), radiusSize,
                font, fontMono, values);
    }

    /** The same theme with another corner radius scale ({@link Size#RADIUS_NONE} to {@link Size#RADIUS_XXL}, or one of yours). */
    public Theme radiusSize(Size size) {
        return new Theme(name, primaryHue, secondaryHue, neutralHue, textSize, spacingSize, Objects.requireNonNull(size, "size"),
                font, fontMono, values);
    }

    /** The same theme with another font stack, first choice first. */
    public Theme font(Font... fonts) {
        return new Theme(name, primaryHue, secondaryHue, neutralHue, textSize, spacingSize, radiusSize, stack(fonts), fontMono, values);
    }

    /** The same theme with another monospace font stack, for code. */
    public Theme fontMono(Font... fonts) {
        return new Theme(name, primaryHue, secondaryHue, neutralHue, textSize, spacingSize, radiusSize, font, stack(fonts), values);
    }

    private static List<Font> stack(Font... fonts) {
        if (fonts.length == 0) {
            throw new IllegalArgumentException("a font stack has at least one font");
        }
        return List.of(fonts);
    }

    /**
     * The same theme with one variable changed, as Gradio's {@code theme.set(variable=value)}.
     * {@code variable} is Gradio's name ({@code "button_primary_background_fill"}), with
     * {@code _dark} for its dark-mode value; {@code value} is CSS, where {@code *name} refers to
     * another variable ({@code "*primary_600"}, {@code "0 1px 2px *neutral_300"}). A dark value
     * may be null: the light value then applies in dark mode too.
     *
     * @throws IllegalArgumentException when the variable does not exist (the message suggests
     *     the nearest that does), when a value refers to one that does not exist or to a
     *     {@code _dark} one (dark values refer to light names; dark mode picks the dark ones),
     *     when a dark value refers to its own light value (leave it null instead), or when a
     *     light value is null
     */
    public Theme set(String variable, @Nullable String value) {
        Objects.requireNonNull(variable, "variable");
        if (!ThemeVariables.settable(variable)) {
            throw new IllegalArgumentException(unknown(variable));
        }
        boolean dark = variable.endsWith("_dark");
        if (value == null && !dark) {
            throw new IllegalArgumentException("theme variable '" + variable + "' needs a value; only a dark one ("
                    + variable + "_dark) may be null, to use the light value in dark mode too");
        }
        if (value != null) {
            checkReferences(variable, value, dark);
        }
        Map<String, @Nullable String> changed = new LinkedHashMap<>(values);
        changed.put(variable, value);
        return new Theme(name, primaryHue, secondaryHue, neutralHue, textSize, spacingSize, radiusSize, font, fontMono, changed);
    }

    /** {@link #set(String, String)} for each entry, in order. */
    public Theme set(Map<String, ? extends @Nullable String> variables) {
        Theme theme = this;
        for (var entry : variables.entrySet()) {
            theme = theme.set(entry.getKey(), entry.getValue());
        }
        return theme;
    }

    private static void checkReferences(String variable, String value, boolean dark) {
        Matcher references = REFERENCE.matcher(value);
        while (references.find()) {
            String target = references.group(1);
            if (target.endsWith("_dark")) {
                throw new IllegalArgumentException("theme variable '" + variable + "' refers to '*" + target
                        + "': refer to the light name ('*" + target.substring(0, target.length() - 5)
                        + "'); dark mode uses its dark value by itself");
            }
            if (dark && variable.equals(target + "_dark")) {
                throw new IllegalArgumentException("theme variable '" + variable + "' refers to its own light value: set it to null instead");
            }
            if (!ThemeVariables.referable(target)) {
                throw new IllegalArgumentException("theme variable '" + variable + "' refers to '*" + target + "', " + unknown(target));
            }
        }
    }

    private static String unknown(String variable) {
        if (variable.endsWith("_dark") && ThemeVariables.settable(variable.substring(0, variable.length() - 5))) {
            return "theme variable '" + variable.substring(0, variable.length() - 5) + "' has no dark-mode value; set it without _dark";
        }
        if (ThemeVariables.CORE.contains(variable)) {
            return "'" + variable + "' comes from the theme's hues, sizes and fonts: change it with primaryHue, textSize, font...";
        }
        return "there is no theme variable '" + variable + "'; did you mean '" + ThemeVariables.nearest(variable) + "'?";
    }

    /**
     * The value a variable ends up as, references followed, as the config's {@code body_css}
     * gives the page's colours: {@code "#f97316"} for {@code "button_primary_background_fill"}
     * of the default theme. A {@code _dark} name gives the dark-mode value.
     *
     * @throws IllegalArgumentException when there is no such variable
     */
    public String value(String variable) {
        if (!ThemeVariables.referable(variable)) {
            throw new IllegalArgumentException(unknown(variable));
        }
        return ThemeStylesheet.computed(allValues(), variable);
    }

    /** The stylesheet {@code GET /theme.css} serves for this theme. */
    public String css() {
        return stylesheet().css();
    }

    ThemeStylesheet stylesheet() {
        List<String> faces = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Font each : concat(font, fontMono)) {
            each.fontFace().ifPresent(faces::add);
            each.stylesheet().ifPresent(urls::add);
        }
        return ThemeStylesheet.of(name, allValues(), faces, urls);
    }

    private Map<String, @Nullable String> allValues() {
        Map<String, @Nullable String> all = new LinkedHashMap<>();
        // Gradio writes a theme's name and its (empty) custom CSS as variables too.
        all.put("name", name);
        all.put("custom_css", "");
        putScale(all, "primary", primaryHue.shades(), Hue.SHADES);
        putScale(all, "secondary", secondaryHue.shades(), Hue.SHADES);
        putScale(all, "neutral", neutralHue.shades(), Hue.SHADES);
        putScale(all, "spacing", spacingSize.steps(), Size.STEPS);
        putScale(all, "radius", radiusSize.steps(), Size.STEPS);
        putScale(all, "text", textSize.steps(), Size.STEPS);
        all.put("font", String.join(", ", font.stream().map(Font::cssName).toList()));
        all.put("font_mono", String.join(", ", fontMono.stream().map(Font::cssName).toList()));
        all.putAll(values);
        return all;
    }

    private static void putScale(Map<String, @Nullable String> into, String prefix, List<String> values, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            into.put(prefix + "_" + steps.get(i), values.get(i));
        }
    }

    private static List<Font> concat(List<Font> a, List<Font> b) {
        List<Font> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Theme that && css().equals(that.css());
    }

    @Override
    public int hashCode() {
        return css().hashCode();
    }

    @Override
    public String toString() {
        return "Theme[" + name + "]";
    }

    /**
     * A colour hue: eleven shades from the lightest ({@code 50}) to the darkest ({@code 950}),
     * as CSS colours. The constants are Gradio's hues.
     *
     * @param name   the hue's name, for messages
     * @param shades the shades 50, 100, 200 ... 900, 950, in that order
     */
    public record Hue(String name, List<String> shades) {
        static final List<String> SHADES = List.of("50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950");

        public static final Hue SLATE = new Hue("slate", List.of("#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b", "#475569", "#334155", "#1e293b", "#0f172a", "#0a0f1e"));
        public static final Hue GRAY = new Hue("gray", List.of("#f9fafb", "#f3f4f6", "#e5e7eb", "#d1d5db", "#9ca3af", "#6b7280", "#4b5563", "#374151", "#1f2937", "#111827", "#0b0f19"));
        public static final Hue ZINC = new Hue("zinc", List.of("#fafafa", "#f4f4f5", "#e4e4e7", "#d4d4d8", "#bbbbc2", "#71717a", "#52525b", "#3f3f46", "#27272a", "#18181b", "#0f0f11"));
        public static final Hue NEUTRAL = new Hue("neutral", List.of("#fafafa", "#f5f5f5", "#e5e5e5", "#d4d4d4", "#a3a3a3", "#737373", "#525252", "#404040", "#262626", "#171717", "#0f0f0f"));
        public static final Hue STONE = new Hue("stone", List.of("#fafaf9", "#f5f5f4", "#e7e5e4", "#d6d3d1", "#a8a29e", "#78716c", "#57534e", "#44403c", "#292524", "#1c1917", "#0f0e0d"));
        public static final Hue RED = new Hue("red", List.of("#fef2f2", "#fee2e2", "#fecaca", "#fca5a5", "#f87171", "#ef4444", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d", "#6c1e1e"));
        public static final Hue ORANGE = new Hue("orange", List.of("#fff7ed", "#ffedd5", "#ffddb3", "#fdba74", "#fb923c", "#f97316", "#ea580c", "#c2410c", "#9a3412", "#7c2d12", "#6c2e12"));
        public static final Hue AMBER = new Hue("amber", List.of("#fffbeb", "#fef3c7", "#fde68a", "#fcd34d", "#fbbf24", "#f59e0b", "#d97706", "#b45309", "#92400e", "#78350f", "#6c370f"));
        public static final Hue YELLOW = new Hue("yellow", List.of("#fefce8", "#fef9c3", "#fef08a", "#fde047", "#facc15", "#eab308", "#ca8a04", "#a16207", "#854d0e", "#713f12", "#653b12"));
        public static final Hue LIME = new Hue("lime", List.of("#f7fee7", "#ecfccb", "#d9f99d", "#bef264", "#a3e635", "#84cc16", "#65a30d", "#4d7c0f", "#3f6212", "#365314", "#2f4e14"));
        public static final Hue GREEN = new Hue("green", List.of("#f0fdf4", "#dcfce7", "#bbf7d0", "#86efac", "#4ade80", "#22c55e", "#16a34a", "#15803d", "#166534", "#14532d", "#134e28"));
        public static final Hue EMERALD = new Hue("emerald", List.of("#ecfdf5", "#d1fae5", "#a7f3d0", "#6ee7b7", "#34d399", "#10b981", "#059669", "#047857", "#065f46", "#064e3b", "#054436"));
        public static final Hue TEAL = new Hue("teal", List.of("#f0fdfa", "#ccfbf1", "#99f6e4", "#5eead4", "#2dd4bf", "#14b8a6", "#0d9488", "#0f766e", "#115e59", "#134e4a", "#12443e"));
        public static final Hue CYAN = new Hue("cyan", List.of("#ecfeff", "#cffafe", "#a5f3fc", "#67e8f9", "#22d3ee", "#06b6d4", "#0891b2", "#0e7490", "#155e75", "#164e63", "#14455c"));
        public static final Hue SKY = new Hue("sky", List.of("#f0f9ff", "#e0f2fe", "#bae6fd", "#7dd3fc", "#38bdf8", "#0ea5e9", "#0284c7", "#0369a1", "#075985", "#0c4a6e", "#0b4165"));
        public static final Hue BLUE = new Hue("blue", List.of("#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb", "#1d4ed8", "#1e40af", "#1e3a8a", "#1d3660"));
        public static final Hue INDIGO = new Hue("indigo", List.of("#eef2ff", "#e0e7ff", "#c7d2fe", "#a5b4fc", "#818cf8", "#6366f1", "#4f46e5", "#4338ca", "#3730a3", "#312e81", "#2b2c5e"));
        public static final Hue VIOLET = new Hue("violet", List.of("#f5f3ff", "#ede9fe", "#ddd6fe", "#c4b5fd", "#a78bfa", "#8b5cf6", "#7c3aed", "#6d28d9", "#5b21b6", "#4c1d95", "#431d7f"));
        public static final Hue PURPLE = new Hue("purple", List.of("#faf5ff", "#f3e8ff", "#e9d5ff", "#d8b4fe", "#c084fc", "#a855f7", "#9333ea", "#7e22ce", "#6b21a8", "#581c87", "#4c1a73"));
        public static final Hue FUCHSIA = new Hue("fuchsia", List.of("#fdf4ff", "#fae8ff", "#f5d0fe", "#f0abfc", "#e879f9", "#d946ef", "#c026d3", "#a21caf", "#86198f", "#701a75", "#5e1a66"));
        public static final Hue PINK = new Hue("pink", List.of("#fdf2f8", "#fce7f3", "#fbcfe8", "#f9a8d4", "#f472b6", "#ec4899", "#db2777", "#be185d", "#9d174d", "#831843", "#6e1a3d"));
        public static final Hue ROSE = new Hue("rose", List.of("#fff1f2", "#ffe4e6", "#fecdd3", "#fda4af", "#fb7185", "#f43f5e", "#e11d48", "#be123c", "#9f1239", "#881337", "#771d3a"));

        /** A hue of your own; the constructor's check. */
        public Hue {
            Objects.requireNonNull(name, "name");
            if (shades.size() != SHADES.size()) {
                throw new IllegalArgumentException("a hue has 11 shades (50, 100, 200 ... 900, 950), not " + shades.size());
            }
            shades = List.copyOf(shades);
        }

        /** A hue of your own from its eleven shades, lightest first. */
        public static Hue of(String name, String... shades) {
            return new Hue(name, Arrays.asList(shades));
        }
    }

    /**
     * A size scale: seven steps from {@code xxs} to {@code xxl}, as CSS lengths. The constants
     * are Gradio's scales for text, spacing and corner radius.
     *
     * @param name  the scale's name, for messages
     * @param steps the sizes xxs, xs, sm, md, lg, xl, xxl, in that order
     */
    public record Size(String name, List<String> steps) {
        static final List<String> STEPS = List.of("xxs", "xs", "sm", "md", "lg", "xl", "xxl");

        public static final Size RADIUS_NONE = new Size("radius_none", List.of("0px", "0px", "0px", "0px", "0px", "0px", "0px"));
        public static final Size RADIUS_SM = new Size("radius_sm", List.of("1px", "1px", "2px", "4px", "6px", "8px", "12px"));
        public static final Size RADIUS_MD = new Size("radius_md", List.of("1px", "2px", "4px", "6px", "8px", "12px", "22px"));
        public static final Size RADIUS_LG = new Size("radius_lg", List.of("2px", "4px", "6px", "8px", "12px", "16px", "24px"));
        public static final Size RADIUS_XXL = new Size("radius_xxl", List.of("6px", "8px", "10px", "20px", "24px", "28px", "32px"));
        public static final Size SPACING_SM = new Size("spacing_sm", List.of("1px", "1px", "2px", "4px", "6px", "9px", "12px"));
        public static final Size SPACING_MD = new Size("spacing_md", List.of("1px", "2px", "4px", "6px", "8px", "10px", "16px"));
        public static final Size SPACING_LG = new Size("spacing_lg", List.of("2px", "4px", "6px", "8px", "10px", "14px", "28px"));
        public static final Size TEXT_SM = new Size("text_sm", List.of("8px", "9px", "11px", "13px", "16px", "20px", "24px"));
        public static final Size TEXT_MD = new Size("text_md", List.of("9px", "10px", "12px", "14px", "16px", "22px", "26px"));
        public static final Size TEXT_LG = new Size("text_lg", List.of("10px", "12px", "14px", "16px", "20px", "24px", "28px"));

        /** A scale of your own; the constructor's check. */
        public Size {
            Objects.requireNonNull(name, "name");
            if (steps.size() != STEPS.size()) {
                throw new IllegalArgumentException("a size scale has 7 steps (xxs, xs, sm, md, lg, xl, xxl), not " + steps.size());
            }
            steps = List.copyOf(steps);
        }

        /** A scale of your own from its seven steps, smallest first. */
        public static Size of(String name, String... steps) {
            return new Size(name, Arrays.asList(steps));
        }
    }

    /**
     * A font of a theme's font stack: one the browser has ({@link #system}), a font file beside
     * the page ({@link #local}, at {@code static/fonts/<Name>/<Name>-<Weight>.woff2}, where
     * Gradio's server has the fonts of its built-in themes), or one from Google Fonts
     * ({@link #google}). gradio4j's server has the same font files there as Gradio's (the Latin
     * subset, from the Fontsource packages): Chakra Petch, IBM Plex Mono (400 to 700), IBM Plex
     * Sans, Inconsolata, Lexend, Lora, Montserrat, Press Start 2P, Quicksand, Roboto Mono, Share
     * Tech Mono, Source Code Pro, Source Sans 3, Source Sans Pro, Space Mono and Ubuntu. As in
     * Gradio, a Google font whose every weight is among them is served from there, not from
     * Google. For any other local font, weight or character, the browser uses the next font of
     * the stack.
     *
     * @param name    the font family
     * @param kind    where the browser gets it
     * @param weights the weights loaded, for local and Google fonts
     */
    public record Font(String name, Kind kind, List<Integer> weights) {
        private static final Map<Integer, String> WEIGHT_NAMES = Map.of(100, "Thin", 200, "ExtraLight", 300, "Light",
                400, "Regular", 500, "Medium", 600, "SemiBold", 700, "Bold", 800, "ExtraBold", 900, "Black");
        private static final List<String> GENERIC = List.of("sans-serif", "serif", "monospace", "cursive", "fantasy");

        /** Where the browser gets a font. */
        public enum Kind {
            /** Installed in the browser's system, or a generic family; written into the stack as given. */
            SYSTEM,
            /** A file at {@code static/fonts/} beside the page. */
            LOCAL,
            /** A stylesheet of Google Fonts. */
            GOOGLE
        }

        /** The constructor's check. */
        public Font {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            weights = List.copyOf(weights);
        }

        /** A font the browser has, or a generic family ({@code "sans-serif"}); written into the stack as given. */
        public static Font system(String name) {
            return new Font(name, Kind.SYSTEM, List.of());
        }

        /** A font file in the given weights (400 and 600 when none are given), at {@code static/fonts/} beside the page. */
        public static Font local(String name, int... weights) {
            return new Font(name, Kind.LOCAL, weightList(weights));
        }

        /** A font of Google Fonts in the given weights (400 and 600 when none are given). */
        public static Font google(String name, int... weights) {
            return new Font(name, Kind.GOOGLE, weightList(weights));
        }

        private static List<Integer> weightList(int... weights) {
            return weights.length == 0 ? List.of(400, 600) : Arrays.stream(weights).boxed().toList();
        }

        /** A local font, or a Google one whose every weight the server has, as Gradio serves those from its own files. */
        private boolean servedLocally() {
            return kind == Kind.LOCAL
                    || kind == Kind.GOOGLE && weights.stream().allMatch(weight -> ShippedFonts.has(file(weight)));
        }

        /** The font's file in a weight, under {@code static/fonts/}. */
        private String file(int weight) {
            String folder = name.replace(" ", "");
            return folder + "/" + folder + "-" + WEIGHT_NAMES.getOrDefault(weight, String.valueOf(weight)) + ".woff2";
        }

        String cssName() {
            return kind == Kind.SYSTEM || GENERIC.contains(name) ? name : "'" + name + "'";
        }

        java.util.Optional<String> fontFace() {
            if (!servedLocally()) {
                return java.util.Optional.empty();
            }
            List<String> rules = new ArrayList<>();
            for (int weight : weights) {
                rules.add("\n@font-face {\n    font-family: '" + name + "';\n    src: url('static/fonts/" + file(weight)
                        + "') format('woff2');\n    font-weight: " + weight + ";\n    font-style: normal;\n}\n");
            }
            return java.util.Optional.of(String.join("\n", rules));
        }

        java.util.Optional<String> stylesheet() {
            if (kind != Kind.GOOGLE || servedLocally()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("https://fonts.googleapis.com/css2?family=" + name.replace(' ', '+') + ":wght@"
                    + String.join(";", weights.stream().map(String::valueOf).toList()) + "&display=swap");
        }
    }
}
