package dev.gradio4j.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occlusion and the Shapley estimate on scores whose exact attributions are known. */
class AttributionTest {
    /** A score that adds up a weight per kept part: every part's effect is its weight, by any method. */
    private static Attribution.Score additive(double... weights) {
        return kept -> kept.stream().mapToDouble(i -> weights[i]).sum();
    }

    /** A score that is 1 only when parts 0 and 1 are both kept (part 2 does nothing). */
    private static final Attribution.Score BOTH = kept -> kept.get(0) && kept.get(1) ? 1 : 0;

    @Test
    void occlusionGivesEachPartWhatLeavingItOutCosts() throws Exception {
        assertThat(Attribution.occlusion(3, additive(0.5, -0.25, 0))).containsExactly(0.5, -0.25, 0);
        // Leaving out either of two parts that only count together loses everything: each gets all of it.
        assertThat(Attribution.occlusion(3, BOTH)).containsExactly(1, 1, 0);
    }

    @Test
    void occlusionRunsTheFunctionOncePerPartAndOnceWhole() throws Exception {
        List<BitSet> runs = new ArrayList<>();
        Attribution.occlusion(4, kept -> {
            runs.add((BitSet) kept.clone());
            return 0;
        });
        assertThat(runs).hasSize(5);
        assertThat(runs.getFirst().cardinality()).isEqualTo(4);
        assertThat(runs.subList(1, 5)).allMatch(kept -> kept.cardinality() == 3);
    }

    @Test
    void shapleyIsExactForAnAdditiveScore() throws Exception {
        assertThat(Attribution.shapley(3, additive(0.5, -0.25, 0), 4, 1)).containsExactly(0.5, -0.25, 0);
    }

    @Test
    void shapleySharesTheCreditOfPartsThatOnlyCountTogether() throws Exception {
        double[] effects = Attribution.shapley(3, BOTH, 200, 7);
        assertThat(effects[0]).isCloseTo(0.5, within(0.1));
        assertThat(effects[1]).isCloseTo(0.5, within(0.1));
        assertThat(effects[2]).isZero();
        // The effects always add up to the score with every part less the score with none.
        assertThat(effects[0] + effects[1] + effects[2]).isCloseTo(1, within(1e-9));
    }

    @Test
    void shapleyIsExactForTwoPartsWithOneSample() throws Exception {
        Attribution.Score both = kept -> kept.get(0) && kept.get(1) ? 1 : 0;
        assertThat(Attribution.shapley(2, both, 1, 3)).containsExactly(0.5, 0.5);
    }

    @Test
    void theSameSeedGivesTheSameEstimateAndEachSubsetRunsOnce() throws Exception {
        Attribution.Score score = kept -> kept.get(0) ? (kept.get(3) ? 0.9 : 0.3) : 0.1 * kept.cardinality();
        assertThat(Attribution.shapley(5, score, 20, 42)).containsExactly(Attribution.shapley(5, score, 20, 42));
        List<BitSet> runs = new ArrayList<>();
        Attribution.shapley(2, kept -> {
            runs.add((BitSet) kept.clone());
            return kept.cardinality();
        }, 10, 1);
        assertThat(runs).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void aShapleyEstimateNeedsASample() {
        assertThatThrownBy(() -> Attribution.shapley(2, BOTH, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 sample");
    }

    @Test
    void normalizingMakesTheLargestEffectOne() {
        assertThat(Attribution.normalized(new double[] {0.2, -0.4, 0.1})).containsExactly(0.5, -1, 0.25);
        assertThat(Attribution.normalized(new double[] {0, 0})).containsExactly(0, 0);
    }
}
