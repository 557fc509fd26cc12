package dev.gradio4j.client;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an app offers to API clients: its named endpoints with their parameters and returns, as
 * {@link Client#viewApi()} read them from the app's {@code /info}. Its {@code toString} is a
 * readable listing, one signature per line.
 *
 * @param url the app's URL
 * @param version the app's Gradio version ({@code "6.31.0"}; gradio4j gives Gradio's it speaks)
 * @param endpoints the named endpoints, in the app's order
 */
public record ApiInfo(String url, String version, List<Endpoint> endpoints) {

    public ApiInfo {
        endpoints = List.copyOf(endpoints);
    }

    /** The endpoint of that name ({@code "/greet"} or {@code "greet"}), if the app has it. */
    public Optional<Endpoint> endpoint(String name) {
        String wanted = name.startsWith("/") ? name : "/" + name;
        return endpoints.stream().filter(e -> e.name().equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return "Gradio " + version + " app at " + url + ": " + endpoints.size() + " endpoint" + (endpoints.size() == 1 ? "" : "s")
                + endpoints.stream().map(e -> "\n  " + e).collect(Collectors.joining());
    }
}
