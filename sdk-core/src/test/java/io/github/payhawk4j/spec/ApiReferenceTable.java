package io.github.payhawk4j.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation table of {@code docs/api-reference.md}: one row per operation,
 * {@code | GET | `/accounts/{accountId}/cards` | `CardService#list` | Get cards |}, with {@code TODO} in place of
 * the method while the SDK has none.
 */
final class ApiReferenceTable {

    /** Where the table is, relative to the repository root. */
    static final String LOCATION = "docs/api-reference.md";

    private static final Pattern OPERATION_ROW = Pattern.compile("^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|.*");
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*(?:`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`|(TODO))\\s*\\|(.*)\\|\\s*$");

    private final List<Row> rows;
    private final List<String> malformed;

    private ApiReferenceTable(List<Row> rows, List<String> malformed) {
        this.rows = List.copyOf(rows);
        this.malformed = List.copyOf(malformed);
    }

    /** The table in the repository this test runs in. */
    static ApiReferenceTable read() {
        Path file = locate();
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiReferenceTable parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!OPERATION_ROW.matcher(line).matches()) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                malformed.add("line " + (i + 1) + ": " + line);
                continue;
            }
            rows.add(new Row(row.group(1), row.group(2), row.group(3), row.group(4), row.group(6).trim(), i + 1));
        }
        return new ApiReferenceTable(rows, malformed);
    }

    /** Every operation row, in the order of the file. */
    List<Row> rows() {
        return rows;
    }

    /** Lines that start like an operation row but do not have its shape (method, path, SDK method or TODO, summary). */
    List<String> malformed() {
        return malformed;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LOCATION);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + LOCATION + " in " + Path.of("").toAbsolutePath() + " or above");
    }

    /**
     * One row.
     *
     * @param service the simple name of the blocking service interface, or null for TODO
     * @param method  the method's name, or null for TODO
     */
    record Row(String httpMethod, String path, String service, String method, String summary, int line) {

        /** {@code GET /accounts/{accountId}/cards}, as {@link OpenApiDocument.SpecOperation#key()}. */
        String key() {
            return httpMethod + " " + path;
        }

        boolean isMapped() {
            return service != null;
        }

        /** {@code CardService#list}. */
        String sdkMethod() {
            return service + "#" + method;
        }

        @Override
        public String toString() {
            return key() + " -> " + (isMapped() ? sdkMethod() : "TODO");
        }
    }
}
