package dev.gradio4j.internal.interpret;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How much each part of an input counts towards a prediction, given the prediction's score with
 * any subset of the parts kept. Occlusion leaves each part out alone (n + 1 runs); the Shapley
 * estimate averages each part's marginal effect over random orders of adding the parts (up to
 * (n + 1) runs per order), which shares the credit of parts that only act together.
 */
public final class Attribution {
    private Attribution() {}

    /** The prediction's score with only the parts in {@code kept}: a run of the user's function. */
    @FunctionalInterface
    public interface Score {
        double of(BitSet kept) throws Exception;
    }

    /** Each part's effect by leaving it out: the score with all parts less the score without it. */
    public static double[] occlusion(int parts, Score score) throws Exception {
        BitSet all = new BitSet();
        all.set(0, parts);
        double full = score.of(all);
        double[] effects = new double[parts];
        for (int i = 0; i < parts; i++) {
            BitSet without = (BitSet) all.clone();
            without.clear(i);
            effects[i] = full - score.of(without);
        }
        return effects;
    }

    /**
     * Each part's Shapley value, estimated from {@code orders} random orders of the parts (rounded
     * up to an even number: each order is taken with its reverse, which halves the estimate's
     * variance and makes it exact for two parts). The effects add up to the score with every part
     * less the score with none. The same seed gives the same estimate; runs are cached by subset.
     */
    public static double[] shapley(int parts, Score score, int orders, long seed) throws Exception {
        if (orders < 1) {
            throw new IllegalArgumentException("a Shapley estimate needs at least 1 sample, not " + orders);
        }
        Map<BitSet, Double> cache = new HashMap<>();
        Score cached = kept -> {
            Double known = cache.get(kept);
            if (known == null) {
                known = score.of(kept);
                cache.put((BitSet) kept.clone(), known);
            }
            return known;
        };
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            order.add(i);
        }
        double[] sums = new double[parts];
        int pairs = (orders + 1) / 2;
        for (int pair = 0; pair < pairs; pair++) {
            Collections.shuffle(order, random);
            addMarginals(order, cached, sums);
            addMarginals(order.reversed(), cached, sums);
        }
        for (int i = 0; i < parts; i++) {
            sums[i] /= 2.0 * pairs;
        }
        return sums;
    }

    /** Adds the parts in {@code order} one by one to an empty input, crediting each with its change of the score. */
    private static void addMarginals(List<Integer> order, Score score, double[] sums) throws Exception {
        BitSet kept = new BitSet();
        double before = score.of(kept);
        for (int part : order) {
            kept.set(part);
            double after = score.of(kept);
            sums[part] += after - before;
            before = after;
        }
    }

    /** The effects scaled so that the largest in size is 1 or -1 (all zero when none has any). */
    public static double[] normalized(double[] effects) {
        double largest = 0;
        for (double effect : effects) {
            largest = Math.max(largest, Math.abs(effect));
        }
        double[] scaled = new double[effects.length];
        for (int i = 0; i < effects.length; i++) {
            scaled[i] = largest == 0 ? 0 : effects[i] / largest;
        }
        return scaled;
    }
}
