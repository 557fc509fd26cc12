package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several apps in one, each in a tab of its own: Gradio's {@code gr.TabbedInterface}. Each tab
 * shows what its app shows and keeps its events and endpoints; endpoints with the same name are
 * told apart as Gradio does ({@code /predict}, {@code /predict_1}).
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComposeSnippets" region="tabbed"}
 */
public final class TabbedInterface implements App {
    private final List<App> apps;
    private final List<String> names;
    private @Nullable String title;

    private TabbedInterface(List<? extends App> apps, List<String> names) {
        this.apps = List.copyOf(apps);
        this.names = List.copyOf(names);
    }

    /**
     * The apps in tabs named {@code names}, in order.
     *
     * @throws IllegalArgumentException when there is no app, or not one name per app
     */
    public static TabbedInterface of(List<? extends App> apps, List<String> names) {
        if (apps.isEmpty()) {
            throw new IllegalArgumentException("A TabbedInterface needs at least one app to show.");
        }
        if (names.size() != apps.size()) {
            throw new IllegalArgumentException("A TabbedInterface of " + apps.size() + " apps needs " + apps.size()
                    + " tab names, one per app, not " + names.size() + ": " + names);
        }
        return new TabbedInterface(apps, names);
    }

    /** The apps in tabs named as Gradio names them when no names are given: "Tab 0", "Tab 1", .... */
    public static TabbedInterface of(App... apps) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < apps.length; i++) {
            names.add("Tab " + i);
        }
        return of(List.of(apps), names);
    }

    /** A title above the tabs and in the browser tab. */
    public TabbedInterface title(@Nullable String title) {
        this.title = title;
        return this;
    }

    /** A new {@link Blocks} with the apps' blocks and events in its tabs. */
    @Override
    public Blocks toBlocks() {
        Blocks tabbed = Blocks.of().fillHeight(true);
        tabbed.mode = "tabbed_interface";
        if (title != null) {
            tabbed.title(title);
            tabbed.add(Markdown.appTitle(title));
        }
        Tabs tabs = Tabs.of();
        for (int i = 0; i < apps.size(); i++) {
            Blocks app = apps.get(i).toBlocks();
            tabs.add(Tab.of(names.get(i), app.children.toArray(Block<?>[]::new)));
            tabbed.listeners.addAll(app.listeners);
        }
        return tabbed.add(tabs);
    }
}
