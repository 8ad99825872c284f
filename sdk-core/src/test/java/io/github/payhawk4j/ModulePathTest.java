package io.github.payhawk4j;

import io.github.payhawk4j.client.PayhawkClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sdk-core used as a named module, the way a modular application uses it: the exported packages compile and
 * Jackson reads and writes models (the model packages are open to it), while the transport cannot be
 * compiled against nor reached by reflection.
 */
class ModulePathTest {

    private static final String MODULE_INFO = """
            module smoke {
                requires io.github.payhawk4j.core;
            }
            """;

    private static final String MAIN = """
            package smoke;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import io.github.payhawk4j.json.PayhawkJson;
            import io.github.payhawk4j.model.expense.Expense;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    ObjectMapper json = PayhawkJson.newObjectMapper();
                    Expense expense = json.readValue(
                            "{\\"id\\":\\"1207\\",\\"status\\":\\"inReview\\",\\"carbonFootprintKg\\":61.30}", Expense.class);
                    System.out.println(expense.id() + " " + expense.status().known() + " "
                            + expense.additionalProperties().get("carbonFootprintKg") + " " + json.writeValueAsString(expense));
                    try {
                        Class.forName("io.github.payhawk4j.http.ApiRequest").getMethod("of", String.class, String[].class)
                                .invoke(null, "GET", new String[]{"rsa-public-key"});
                        System.out.println("transport reachable");
                    } catch (IllegalAccessException e) {
                        System.out.println("transport not accessible");
                    }
                }
            }
            """;

    private static final String USES_TRANSPORT = """
            package smoke;

            public final class Main {
                io.github.payhawk4j.http.ApiRequest request;
            }
            """;

    @TempDir
    Path work;

    @Test
    void modelsAreReadByJacksonAndTheTransportIsClosed() throws Exception {
        assertThat(compile(MAIN)).isEmpty();

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath() + File.pathSeparator + work.resolve("out"),
                "-m", "smoke/smoke.Main").redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("1207 UNKNOWN 61.30 {\"id\":\"1207\",\"status\":\"inReview\"", "\"carbonFootprintKg\":61.30",
                "transport not accessible").doesNotContain("transport reachable");
    }

    @Test
    void codeOutsideTheModuleCannotCompileAgainstTheTransport() throws Exception {
        List<String> errors = compile(USES_TRANSPORT);

        assertThat(errors).singleElement().asString().contains("io.github.payhawk4j.http", "not visible");
    }

    private List<String> compile(String main) throws Exception {
        Path sources = Files.createDirectories(work.resolve("src/smoke"));
        Files.writeString(work.resolve("src/module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("Main.java"), main);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "--module-path", modulePath(), "-d", work.resolve("out").toString());
            compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(work.resolve("src/module-info.java"), sources.resolve("Main.java"))).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }

    /** The built sdk-core and the jars it requires: Jackson and slf4j-api. */
    private static String modulePath() throws Exception {
        Path core = Path.of(PayhawkClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Stream<String> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.matches(".*(jackson-(databind|core|annotations|datatype-jsr310)|slf4j-api)(-[^/]*)?\\.jar"));
        return Stream.concat(Stream.of(core.toString()), jars).collect(Collectors.joining(File.pathSeparator));
    }
}
