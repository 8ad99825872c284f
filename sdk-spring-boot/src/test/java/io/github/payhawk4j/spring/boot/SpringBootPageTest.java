package io.github.payhawk4j.spring.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/spring-boot.md says what the starter's configuration metadata says: its properties table lists every property
 * with the metadata's default and description, and every {@code payhawk.*} key its YAML examples use exists.
 */
class SpringBootPageTest {

    private static final Path PAGE = Path.of("..", "docs", "spring-boot.md");

    @Test
    void thePropertiesTableIsTheMetadata() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith("| `payhawk.")) {
                String[] cells = line.split(" \\| ");
                documented.put(cells[0].substring("| `".length(), cells[0].length() - 1),
                        cells[1] + " | " + cells[2].substring(0, cells[2].length() - " |".length()));
            }
        }

        assertThat(documented).isEqualTo(metadata());
    }

    @Test
    void everyPayhawkKeyInTheYamlExamplesIsAProperty() throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> path = new ArrayList<>();
        boolean inYaml = false;
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith("```")) {
                inYaml = line.equals("```yaml");
                path.clear();
                continue;
            }
            if (!inYaml || line.isBlank() || !line.contains(":")) {
                continue;
            }
            int depth = (line.length() - line.stripLeading().length()) / 2;
            String key = line.strip().substring(0, line.strip().indexOf(':'));
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(key);
            String value = line.substring(line.indexOf(':') + 1).strip();
            if (!value.isEmpty() && path.get(0).equals("payhawk")) {
                keys.add(String.join(".", path));
            }
        }

        assertThat(keys).isNotEmpty();
        assertThat(metadata().keySet()).containsAll(keys);
    }

    /** Property name to "default | description", as the table shows them. */
    private static Map<String, String> metadata() throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        try (InputStream json = SpringBootPageTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(json).as("the generated configuration metadata").isNotNull();
            for (JsonNode property : new ObjectMapper().readTree(json).path("properties")) {
                JsonNode defaultValue = property.path("defaultValue");
                String shown = defaultValue.isMissingNode() || defaultValue.isNull() ? "—" : defaultValue.asText();
                properties.put(property.path("name").asText(), shown + " | " + property.path("description").asText());
            }
        }
        return properties;
    }
}
