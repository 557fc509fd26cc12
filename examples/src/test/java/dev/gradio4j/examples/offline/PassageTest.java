package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {
    private static final String DOC = """
            # Title

            Intro paragraph that is long enough to stand on its own as a passage.

            ## Reload mode

            Slow set-up that should not run at every save goes through `Reload.keep`:

            ```java
            static final Model model = Reload.keep("model", Model::load);
            # not a heading, inside the fence
            ```

            - **Components**: one file each, with Gradio's names and props, many of them.
            - **Layouts**: `Row`, `Column`, `Group`, `Tabs`/`Tab`, `Accordion`, and more.

            Short.
            """;

    @Test
    void aPassageIsAParagraphOrAListItemUnderItsHeading() {
        List<Passage> passages = Passage.split("README", DOC);

        assertThat(passages).extracting(Passage::section).containsExactly("Title", "Reload mode", "Reload mode", "Reload mode");
        assertThat(passages.getFirst().text()).isEqualTo("Intro paragraph that is long enough to stand on its own as a passage.");
        assertThat(passages.get(2).text()).startsWith("- **Components**").doesNotContain("Layouts");
    }

    @Test
    void aCodeBlockStaysWithTheSentenceThatIntroducesIt() {
        Passage reload = Passage.split("README", DOC).get(1);

        assertThat(reload.text()).startsWith("Slow set-up").contains("Reload.keep(\"model\"").contains("# not a heading");
    }

    @Test
    void aParagraphTooShortToStandAloneJoinsTheOneBefore() {
        Passage last = Passage.split("README", DOC).getLast();

        assertThat(last.text()).startsWith("- **Layouts**").endsWith("Short.");
    }

    @Test
    void theSourceNamesTheDocumentAndTheSection() {
        assertThat(new Passage("README", "Reload mode", "x").source()).isEqualTo("the README, section “Reload mode”");
        assertThat(new Passage("BENCHMARKS", "Queue", "x").source()).isEqualTo("BENCHMARKS.md, section “Queue”");
    }

    @Test
    void theEmbeddedTextHasTheHeadingAndNoMarkdownMarks() {
        assertThat(new Passage("README", "Reload mode", "goes through `Reload.keep`, **once**").embeddedText())
                .isEqualTo("Reload mode. goes through Reload.keep, once");
    }
}
