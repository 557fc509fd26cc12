package dev.gradio4j.internal.queue;

import java.util.concurrent.ConcurrentHashMap;

/** Average run time of each event kind, for ETAs. */
final class Timings {
    private record Mean(double total, long count) {}

    private final ConcurrentHashMap<String, Mean> means = new ConcurrentHashMap<>();

    void record(String apiName, double seconds) {
        means.merge(apiName, new Mean(seconds, 1), (a, b) -> new Mean(a.total() + b.total(), a.count() + b.count()));
    }

    /** Mean seconds, or null before the first run. */
    Double average(String apiName) {
        Mean mean = means.get(apiName);
        return mean == null ? null : mean.total() / mean.count();
    }
}
