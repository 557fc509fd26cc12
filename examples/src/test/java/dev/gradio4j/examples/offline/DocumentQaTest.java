package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions about the invoice's text as Tesseract reads it (spaces between columns kept). */
class DocumentQaTest {
    /** What {@code tesseract invoice.png stdout -c preserve_interword_spaces=1} gave for {@link SampleInvoice}. */
    static final String INVOICE = """
            Northwind Office Supplies Ltd.      INVOICE

            12 Harbour Street, Bristol BS1 4QA
            VAT No. GB 284 1937 52

            Bill to:                                           Invoice No.: INV-2026-0142
            Acme Robotics GmbH                             Invoice date: 21 November 2026
            Karlstrasse 8, 80333 Munich                     Due date: 21 December 2026
            Description                                   Qty     Unit price      Amount
            Ergonomic office chair                            4         189.00        756.00
            Standing desk, oak top                               2          420.00         840.00
            Monitor arm, dual                                 4          64.50        258.00
            Delivery and assembly                            1          95.00         95.00
            Subtotal                 1,949.00
            VAT 20%                 389.80

            Total due GBP 2,338.80

            Payment by bank transfer within 30 days to:
            IBAN GB29 NWBK 6016 1331 9268 19, Northwind Office Supplies Ltd.
            Questions about this invoice? accounts@northwind.example, +44 117 496 0123

            Thank you for your business!
            """;

    private static final DocumentQa QA = DocumentQa.of(MiniLm.shared(), INVOICE);

    @Test
    void aLineOfTwoColumnsBecomesTwoLinesButATableRowStaysWhole() {
        assertThat(QA.lines()).extracting(DocumentQa.Line::text)
                .contains("Bill to:", "Invoice No.: INV-2026-0142", "Karlstrasse 8, 80333 Munich", "Due date: 21 December 2026",
                        "Standing desk, oak top 2 420.00 840.00", "Description Qty Unit price Amount")
                .doesNotContain("");
        assertThat(QA.lines()).extracting(DocumentQa.Line::number).startsWith(1, 2, 3);
    }

    @Test
    void findsTheTotalDue() {
        String answer = QA.answer("What is the total amount due?");

        assertThat(answer).startsWith("The document says: **“Total due GBP 2,338.80”**")
                .contains("> VAT 20% 389.80").contains("_MiniLM matched line");
    }

    @Test
    void findsTheRightLineForEachQuestion() {
        assertThat(QA.search("How much does the standing desk cost?", 1).getFirst().item().text()).startsWith("Standing desk");
        assertThat(QA.search("What is the invoice number?", 1).getFirst().item().text()).contains("INV-2026-0142");
        assertThat(QA.search("What is the VAT?", 1).getFirst().item().text()).startsWith("VAT 20%");
    }

    @Test
    void aCloseRunnerUpElsewhereInTheDocumentIsQuotedToo() {
        assertThat(QA.answer("When is the payment due?")).contains("It also says: “Due date: 21 December 2026”");
    }

    @Test
    void saysWhenTheDocumentDoesNotAnswer() {
        assertThat(QA.answer("What is the capital of France?")).startsWith("I could not find that in the document.");
    }

    @Test
    void proseIsCutIntoSentences() {
        List<DocumentQa.Line> lines = DocumentQa.lines("Dear customer, your order 1234 has shipped today from our warehouse."
                + " It will arrive on Friday between 9 and 12. Questions? Call 0117 496 0123 any weekday.");

        assertThat(lines).extracting(DocumentQa.Line::text).containsExactly(
                "Dear customer, your order 1234 has shipped today from our warehouse.",
                "It will arrive on Friday between 9 and 12.", "Questions?", "Call 0117 496 0123 any weekday.");
    }

    @Test
    void anOverviewShowsHowTheDocumentBegins() {
        assertThat(QA.overview()).startsWith("I read the document: 21 lines. It begins:\n\n> Northwind Office Supplies Ltd. INVOICE  \n");
    }
}
