package io.github.payhawk4j.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTableTest {

    @Test
    void padsColumnsToTheWidestCellRightAlignsAmountsAndCutsLongText() {
        TextTable table = new TextTable(TextTable.Column.left("ID"), TextTable.Column.right("AMOUNT"),
                TextTable.Column.left("TITLE", 10));
        table.addRow("exp_1", "420.00 EUR", "Flight MUC-LHR client workshop");
        table.addRow("exp_22", "9.50 USD", null);

        assertThat(printed(table)).isEqualTo(String.join(System.lineSeparator(),
                "ID          AMOUNT  TITLE",
                "------  ----------  ----------",
                "exp_1   420.00 EUR  Flight ...",
                "exp_22    9.50 USD  -",
                ""));
        assertThat(table.rowCount()).isEqualTo(2);
    }

    @Test
    void flattensLineBreaksInCellsSoEachRowStaysOneLine() {
        TextTable table = new TextTable(TextTable.Column.left("NOTE"));
        table.addRow("two\nlines");

        assertThat(printed(table)).contains("two lines").hasLineCount(3);
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        TextTable table = new TextTable(TextTable.Column.left("A"), TextTable.Column.left("B"));

        assertThatThrownBy(() -> table.addRow("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String printed(TextTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
