package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.protocol.Diff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming diff uses Gradio's edit forms and keeps list indexes valid. */
class DiffTest {

    @Test
    void aGrowingStringIsAnAppend() {
        assertThat(Diff.between("ab", "abc")).containsExactly(List.of("append", List.of(), "c"));
    }

    @Test
    void aChangedScalarIsAReplace() {
        assertThat(Diff.between("ab", "x")).containsExactly(List.of("replace", List.of(), "x"));
    }

    @Test
    void listsGrowByAddAndShrinkFromTheEnd() {
        assertThat(Diff.between(List.of(1, 2, 3), List.of(1))).containsExactly(
                java.util.Arrays.asList("delete", List.of(2), null), java.util.Arrays.asList("delete", List.of(1), null));
        assertThat(Diff.between(List.of(1), List.of(1, 2))).containsExactly(List.of("add", List.of(1), 2));
    }

    @Test
    void nestedChatContentAppendsAtItsPath() {
        var before = List.of(Map.of("role", "assistant", "content", List.of(Map.of("type", "text", "text", "He"))));
        var after = List.of(Map.of("role", "assistant", "content", List.of(Map.of("type", "text", "text", "Hello"))));
        assertThat(Diff.between(before, after)).containsExactly(List.of("append", List.of(0, "content", 0, "text"), "llo"));
    }

    @Test
    void equalValuesNeedNoEdit() {
        assertThat(Diff.between(Map.of("a", 1), Map.of("a", 1))).isEmpty();
    }
}
