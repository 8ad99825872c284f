package io.github.payhawk4j.model;

import io.github.payhawk4j.model.expense.ExpenseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * User code that {@code switch}es over an open enum's {@link OpenEnum#known()} compiles against the built SDK
 * as a user compiles it, and the {@code UNKNOWN} branch is where a value Payhawk adds later goes. The
 * arrow-form switch compiles on the Java 17 baseline; the Java 21 form (a pattern switch with a guard)
 * is compiled with {@code --release 21} by the running JDK when it is 21 or newer, or by the {@code javac}
 * of the JDK named by the {@code payhawk4j.jdk21} system property ({@code -Djdk21.home=...} on the build), or
 * else of a JDK 21 or newer found in {@code /usr/lib/jvm}; without any, that test is skipped.
 */
class KnownSwitchCompilesTest {

    private static final String EXHAUSTIVE = """
            import io.github.payhawk4j.model.expense.ExpenseStatus;

            public final class StatusColumn {
                public static String column(ExpenseStatus status) {
                    return switch (status.known()) {
                        case DRAFT -> "being written";
                        case READY -> "to export";
                        case ARCHIVED, DELETED -> "done";
                        case UNKNOWN -> "new status " + status.value();
                    };
                }
            }
            """;

    private static final String WITHOUT_UNKNOWN = """
            import io.github.payhawk4j.model.expense.ExpenseStatus;

            public final class StatusColumn {
                public static String column(ExpenseStatus status) {
                    return switch (status.known()) {
                        case DRAFT -> "being written";
                        case READY -> "to export";
                        case ARCHIVED, DELETED -> "done";
                    };
                }
            }
            """;

    private static final String JAVA_21 = """
            import io.github.payhawk4j.model.OpenEnum;
            import io.github.payhawk4j.model.expense.ExpenseStatus;
            import io.github.payhawk4j.model.webhook.EventType;

            public final class StatusColumn {
                public static String column(OpenEnum<?> value) {
                    return switch (value) {
                        case ExpenseStatus status when status.known() == ExpenseStatus.Known.UNKNOWN ->
                                "new status " + status.value();
                        case ExpenseStatus status -> switch (status.known()) {
                            case DRAFT -> "being written";
                            case READY -> "to export";
                            case ARCHIVED, DELETED, UNKNOWN -> "done";
                        };
                        case EventType type -> "event " + type.known();
                        default -> "other " + value;
                    };
                }
            }
            """;

    @TempDir
    Path out;

    @Test
    void anArrowSwitchOverKnownCompilesOnJava17AndSendsNewValuesToUnknown() throws Exception {
        List<Diagnostic<? extends JavaFileObject>> errors = compileInProcess(EXHAUSTIVE, "17");

        assertThat(errors).isEmpty();
        assertThat(column(ExpenseStatus.READY)).isEqualTo("to export");
        assertThat(column(ExpenseStatus.DELETED)).isEqualTo("done");
        assertThat(column(ExpenseStatus.of("inReview"))).isEqualTo("new status inReview");
    }

    @Test
    void aSwitchExpressionWithoutTheUnknownBranchDoesNotCompile() throws Exception {
        List<Diagnostic<? extends JavaFileObject>> errors = compileInProcess(WITHOUT_UNKNOWN, "17");

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage(null))
                .contains("does not cover all possible input values"));
    }

    @Test
    void aJava21PatternSwitchOverKnownCompilesWithRelease21() throws Exception {
        if (Runtime.version().feature() >= 21) {
            assertThat(compileInProcess(JAVA_21, "21")).isEmpty();
            return;
        }
        String jdk21 = System.getProperty("payhawk4j.jdk21", "");
        if (jdk21.isBlank()) {
            jdk21 = installedJdk21OrNewer();
        }
        assumeTrue(!jdk21.isBlank(), "needs a JDK 21 or newer: run the build on one, install one under /usr/lib/jvm,"
                + " or pass -Djdk21.home=<its home>");
        Path source = Files.createDirectories(out.resolve("src")).resolve("StatusColumn.java");
        Files.writeString(source, JAVA_21);
        Process javac = new ProcessBuilder(Path.of(jdk21, "bin", "javac").toString(), "--release", "21",
                "-cp", System.getProperty("java.class.path"), "-d", out.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(javac.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(javac.exitValue()).as(output).isZero();
        assertThat(out.resolve("StatusColumn.class")).exists();
    }

    /** The home of a JDK 21 or newer installed beside this one (Debian and Ubuntu keep JDKs in /usr/lib/jvm), or "". */
    private static String installedJdk21OrNewer() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return "";
        }
        try (var homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin").resolve("javac")))
                    .filter(home -> featureVersion(home.resolve("release")) >= 21)
                    .map(Path::toString).findFirst().orElse("");
        }
    }

    /** The feature version in a JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"} is 25), or 0. */
    private static int featureVersion(Path releaseFile) {
        try {
            for (String line : Files.readAllLines(releaseFile)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return 0;
        }
        return 0;
    }

    private List<Diagnostic<? extends JavaFileObject>> compileInProcess(String code, String release) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///StatusColumn.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
        List<String> options = List.of("--release", release, "-classpath", System.getProperty("java.class.path"),
                "-d", out.toString());
        compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    private String column(ExpenseStatus status) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()}, getClass().getClassLoader())) {
            Method column = loader.loadClass("StatusColumn").getMethod("column", ExpenseStatus.class);
            return (String) column.invoke(null, status);
        }
    }
}
