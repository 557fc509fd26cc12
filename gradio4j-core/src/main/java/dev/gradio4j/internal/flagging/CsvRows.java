package dev.gradio4j.internal.flagging;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Python's {@code csv} module writes and reads it by default, which is how Gradio's
 * flagging logs and example folders are written: fields quoted only when they hold a comma, a
 * quote or a line break, quotes doubled, rows ended by {@code \r\n}. Hand-written, not a CSV
 * library, so that a log reads byte for byte as Gradio's does.
 */
public final class CsvRows {
    private CsvRows() {}

    /** One row, with its line end. */
    public static String row(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0 || (fields.size() == 1 && field.isEmpty());
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return out.append("\r\n").toString();
    }

    /**
     * The rows of a CSV text.
     *
     * @throws IllegalArgumentException naming the line, when a quoted field is not closed
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    rowStarted = true;
                }
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    rowStarted = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    line++;
                    if (rowStarted || field.length() > 0) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    rowStarted = false;
                }
                default -> {
                    field.append(c);
                    rowStarted = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field opened on line " + quoteLine + " is never closed");
        }
        if (rowStarted || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
