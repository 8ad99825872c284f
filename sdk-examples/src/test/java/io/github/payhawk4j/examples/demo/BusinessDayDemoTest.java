package io.github.payhawk4j.examples.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo's command line and environment handling; the business day itself is {@link SandboxBusinessDayTest}. */
class BusinessDayDemoTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsUsageAndExitsZero() {
        int exitCode = run(Map.of(), "--help");

        assertThat(exitCode).isZero();
        assertThat(text(out)).contains("Usage: BusinessDayDemo", "PAYHAWK_CALLBACK_URL", "--duration", "--postgres",
                "PAYHAWK_DEMO_JDBC_URL");
    }

    @Test
    void anUnknownArgumentIsAUsageErrorWithExitCodeTwo() {
        int exitCode = run(Map.of(), "--fast");

        assertThat(exitCode).isEqualTo(2);
        assertThat(text(err)).contains("unknown argument: --fast", "Usage:");
    }

    @Test
    void liveModeWithOnlySomeVariablesSetNamesTheMissingOnes() {
        int exitCode = run(Map.of("PAYHAWK_API_KEY", "secret-key", "PAYHAWK_ACCOUNT_ID", "acme"));

        assertThat(exitCode).isEqualTo(2);
        assertThat(text(err)).contains("missing: PAYHAWK_CALLBACK_URL").doesNotContain("secret-key");
    }

    @Test
    void liveSettingsComeFromTheEnvironmentWithDefaultsAndHideTheKey() {
        LiveSettings settings = LiveSettings.from(Map.of("PAYHAWK_API_KEY", "secret-key", "PAYHAWK_ACCOUNT_ID", "acme",
                "PAYHAWK_CALLBACK_URL", "https://hooks.acme.example/payhawk/webhooks?tenant=acme")).orElseThrow();

        assertThat(settings.baseUrl()).isEqualTo("https://api.payhawk.com");
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.webhookPath()).isEqualTo("/payhawk/webhooks");
        assertThat(settings.toString()).doesNotContain("secret-key");
        assertThat(LiveSettings.from(Map.of())).isEmpty();
    }

    @Test
    void durationsAcceptUnitsAndIsoText() {
        assertThat(DemoOptions.parse(new String[] {"--duration", "90s"}).duration()).contains(Duration.ofSeconds(90));
        assertThat(DemoOptions.parse(new String[] {"--duration", "10m"}).duration()).contains(Duration.ofMinutes(10));
        assertThat(DemoOptions.parse(new String[] {"--duration", "PT1H"}).duration()).contains(Duration.ofHours(1));
        assertThat(DemoOptions.parse(new String[0]).duration()).isEmpty();
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--duration", "10"}))
                .hasMessageContaining("needs a unit");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--duration", "0s"}))
                .hasMessageContaining("must be positive");
    }

    @Test
    void thePostgresFlagTakesAPostgresJdbcUrl() {
        assertThat(DemoOptions.parse(new String[] {"--postgres", "jdbc:postgresql://localhost:5432/payhawk"})
                .postgresUrl()).contains("jdbc:postgresql://localhost:5432/payhawk");
        assertThat(DemoOptions.parse(new String[0]).postgresUrl()).isEmpty();
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--postgres"}))
                .hasMessageContaining("--postgres needs a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--postgres", "jdbc:h2:mem:x"}))
                .hasMessageContaining("--postgres needs a PostgreSQL JDBC URL");
    }

    @Test
    void aJdbcUrlVariableThatIsNotPostgresIsAUsageError() {
        int exitCode = run(Map.of("PAYHAWK_DEMO_JDBC_URL", "jdbc:mysql://localhost/payhawk"));

        assertThat(exitCode).isEqualTo(2);
        assertThat(text(err)).contains("PAYHAWK_DEMO_JDBC_URL must be a PostgreSQL JDBC URL", "--postgres");
    }

    private int run(Map<String, String> environment, String... args) {
        return BusinessDayDemo.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
