package io.github.payhawk4j.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminal output: a header row, a rule, then one line per row, columns
 * padded to their widest cell and separated by two spaces. Cells longer than their column's
 * maximum are cut with {@code ...}; numbers can be right-aligned. Not thread-safe.
 *
 * <pre>
 * ID      STATUS  AMOUNT
 * ------  ------  ----------
 * exp_1   ready   420.00 USD
 * </pre>
 */
final class TextTable {

    /** One column: its heading, whether it is right-aligned and the longest text it shows. */
    record Column(String heading, boolean rightAligned, int maxWidth) {

        /** Checks the width leaves room for an ellipsis. */
        Column {
            Objects.requireNonNull(heading, "heading");
            if (maxWidth < 4) {
                throw new IllegalArgumentException("maxWidth must be at least 4, was " + maxWidth);
            }
        }

        /** A left-aligned column without a practical width limit. */
        static Column left(String heading) {
            return new Column(heading, false, Integer.MAX_VALUE);
        }

        /** A left-aligned column whose cells are cut to {@code maxWidth} characters. */
        static Column left(String heading, int maxWidth) {
            return new Column(heading, false, maxWidth);
        }

        /** A right-aligned column, for amounts. */
        static Column right(String heading) {
            return new Column(heading, true, Integer.MAX_VALUE);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these columns, in order. */
    TextTable(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.of(columns);
    }

    /**
     * Adds a row; {@code null} cells print as {@code -}.
     *
     * @throws IllegalArgumentException if the row has another number of cells than the table has columns
     */
    void addRow(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            row.add(fit(cells[i], columns.get(i).maxWidth()));
        }
        rows.add(row);
    }

    /** How many rows were added. */
    int rowCount() {
        return rows.size();
    }

    /** Prints the header, a rule and every row. */
    void print(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).heading().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns.stream().map(Column::heading).toList(), widths);
        appendLine(text, columns.stream().map(column -> "").toList(), widths, '-');
        for (List<String> row : rows) {
            appendLine(text, row, widths);
        }
        out.print(text);
    }

    private void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        appendLine(text, cells, widths, ' ');
    }

    private void appendLine(StringBuilder text, List<String> cells, int[] widths, char padding) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells.get(i);
            String fill = String.valueOf(padding).repeat(widths[i] - cell.length());
            line.append(columns.get(i).rightAligned() ? fill + cell : cell + fill);
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static String fit(String cell, int maxWidth) {
        String text = cell == null || cell.isBlank() ? "-" : cell.strip().replaceAll("\\s+", " ");
        return text.length() <= maxWidth ? text : text.substring(0, maxWidth - 3) + "...";
    }
}
