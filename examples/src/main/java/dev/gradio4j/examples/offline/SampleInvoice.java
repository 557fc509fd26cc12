package dev.gradio4j.examples.offline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A realistic invoice, drawn with Java2D: the document analyzer's example, made on the spot so the
 * demo needs no file from outside, and the OCR tests' image with known text.
 *
 * <pre>{@code
 * Path invoice = SampleInvoice.write(Files.createTempDirectory("demo"));   // .../invoice.png
 * }</pre>
 */
public final class SampleInvoice {
    /** Lines the invoice shows, word for word, for tests to look for in what OCR reads. */
    public static final String NUMBER = "INV-2026-0142";
    public static final String TOTAL = "GBP 2,338.80";
    public static final String DUE_DATE = "21 December 2026";

    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1300;
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color SHADE = new Color(0xe8, 0xee, 0xf5);

    private SampleInvoice() {}

    /** Writes the invoice as {@code invoice.png} in {@code directory}; answers its path. */
    public static Path write(Path directory) {
        Path file = directory.resolve("invoice.png");
        try {
            Files.createDirectories(directory);
            ImageIO.write(render(), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The invoice, 1240 × 1300 pixels (about 150 dpi). */
    public static BufferedImage render() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g) {
        Font regular = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
        Font bold = regular.deriveFont(Font.BOLD);
        int left = 90;
        int right = WIDTH - 90;

        g.setColor(ACCENT);
        g.fillRect(0, 0, WIDTH, 18);
        g.setFont(bold.deriveFont(40f));
        g.drawString("Northwind Office Supplies Ltd.", left, 120);
        g.setFont(bold.deriveFont(56f));
        rightAligned(g, "INVOICE", right, 124);

        g.setColor(INK);
        g.setFont(regular);
        g.drawString("12 Harbour Street, Bristol BS1 4QA", left, 170);
        g.drawString("VAT No. GB 284 1937 52", left, 208);

        g.setFont(bold);
        g.drawString("Bill to:", left, 300);
        g.setFont(regular);
        g.drawString("Acme Robotics GmbH", left, 340);
        g.drawString("Karlstrasse 8, 80333 Munich", left, 378);

        int labels = 720;
        g.drawString("Invoice No.: " + NUMBER, labels, 300);
        g.drawString("Invoice date: 21 November 2026", labels, 340);
        g.drawString("Due date: " + DUE_DATE, labels, 378);

        int top = 470;
        g.setColor(SHADE);
        g.fillRect(left - 20, top - 40, right - left + 40, 58);
        g.setColor(INK);
        g.setFont(bold);
        int qty = 760;
        int unit = 960;
        g.drawString("Description", left, top);
        rightAligned(g, "Qty", qty, top);
        rightAligned(g, "Unit price", unit, top);
        rightAligned(g, "Amount", right, top);
        g.setFont(regular);
        String[][] items = {
            {"Ergonomic office chair", "4", "189.00", "756.00"},
            {"Standing desk, oak top", "2", "420.00", "840.00"},
            {"Monitor arm, dual", "4", "64.50", "258.00"},
            {"Delivery and assembly", "1", "95.00", "95.00"},
        };
        int y = top + 70;
        for (String[] item : items) {
            g.drawString(item[0], left, y);
            rightAligned(g, item[1], qty, y);
            rightAligned(g, item[2], unit, y);
            rightAligned(g, item[3], right, y);
            y += 56;
        }
        g.setStroke(new BasicStroke(2));
        g.drawLine(left - 20, y - 20, right + 20, y - 20);

        y += 40;
        int totals = 720;
        g.drawString("Subtotal", totals, y);
        rightAligned(g, "1,949.00", right, y);
        g.drawString("VAT 20%", totals, y + 46);
        rightAligned(g, "389.80", right, y + 46);
        g.setFont(bold.deriveFont(30f));
        g.drawString("Total due", totals, y + 104);
        rightAligned(g, TOTAL, right, y + 104);

        g.setFont(regular);
        y += 230;
        g.drawString("Payment by bank transfer within 30 days to:", left, y);
        g.drawString("IBAN GB29 NWBK 6016 1331 9268 19, Northwind Office Supplies Ltd.", left, y + 40);
        g.drawString("Questions about this invoice? accounts@northwind.example, +44 117 496 0123", left, y + 80);
        g.setFont(bold);
        g.drawString("Thank you for your business!", left, y + 160);
    }

    private static void rightAligned(Graphics2D g, String text, int right, int y) {
        g.drawString(text, right - g.getFontMetrics().stringWidth(text), y);
    }
}
