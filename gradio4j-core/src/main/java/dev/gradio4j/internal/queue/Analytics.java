package dev.gradio4j.internal.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each endpoint has fared, for Gradio's {@code /monitoring/summary}: per API name, the share
 * of runs that succeeded, the 50th, 90th and 99th percentiles of their run time (seconds, over
 * the last {@link #KEPT} runs of all endpoints, as Gradio keeps its last 10,000 events), and the
 * number of runs since the start. Cancelled runs are left out.
 *
 * <p>Threading: called from every event's thread; its methods are synchronized (a run records
 * once, and the summary is asked rarely).
 */
public final class Analytics {
    static final int KEPT = 10_000;

    private record Run(String apiName, boolean success, double seconds) {}

    private final ArrayDeque<Run> runs = new ArrayDeque<>();
    private final Map<String, Long> totals = new HashMap<>();

    synchronized void record(String apiName, boolean success, double seconds) {
        runs.addLast(new Run(apiName, success, seconds));
        if (runs.size() > KEPT) {
            runs.removeFirst();
        }
        totals.merge(apiName, 1L, Long::sum);
    }

    /** Gradio's summary: {@code {"functions": {api_name: {success_rate, process_time_percentiles, total_requests}}}}. */
    public synchronized Map<String, Object> summary() {
        Map<String, List<Run>> byName = new TreeMap<>();
        for (Run run : runs) {
            byName.computeIfAbsent(run.apiName(), name -> new ArrayList<>()).add(run);
        }
        Map<String, Object> functions = new LinkedHashMap<>();
        byName.forEach((name, its) -> {
            double[] sorted = its.stream().mapToDouble(Run::seconds).sorted().toArray();
            Map<String, Object> percentiles = new LinkedHashMap<>();
            percentiles.put("50th", percentile(sorted, 50));
            percentiles.put("90th", percentile(sorted, 90));
            percentiles.put("99th", percentile(sorted, 99));
            Map<String, Object> function = new LinkedHashMap<>();
            function.put("success_rate", its.stream().filter(Run::success).count() / (double) its.size());
            function.put("process_time_percentiles", percentiles);
            function.put("total_requests", totals.get(name));
            functions.put(name, function);
        });
        return Map.of("functions", functions);
    }

    /** The {@code p}th percentile of sorted values, interpolated between neighbours as numpy's default. */
    static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
