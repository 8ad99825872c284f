package io.github.payhawk4j.webhooks.database;

import java.util.ArrayList;
import java.util.List;

/** Splits a DDL file into statements: comments dropped, split at semicolons that end a line. */
public final class SqlScript {

    private SqlScript() {
    }

    /** The statements of {@code script}. */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment < 0 ? line : line.substring(0, comment)).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }
}
