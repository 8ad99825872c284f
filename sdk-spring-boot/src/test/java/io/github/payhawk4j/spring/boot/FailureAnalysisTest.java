package io.github.payhawk4j.spring.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A start-up with a missing key or an unusable callback URL fails with a report naming the property and what to do,
 * produced by the starter's FailureAnalyzer, which Spring Boot finds through {@code spring.factories}.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

    @Test
    void theTestsRunOnTheSpringBootVersionTheBuildAskedFor() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("payhawk4j.test.spring-boot-version"));
    }

    @Test
    void springBootReportsTheAnalysisInsteadOfAStackTrace(CapturedOutput output) {
        analysisOfStartingWith(Map.of("payhawk.account-id", "acc-1"));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("The Payhawk SDK is not configured correctly: payhawk.api-key: no API key is configured")
                .contains("Set payhawk.api-key to the API key Payhawk issued");
    }

    @Test
    void aMissingApiKeyNamesTheProperty() {
        FailureAnalysis analysis = analysisOfStartingWith(Map.of("payhawk.account-id", "acc-1"));

        assertThat(analysis.getDescription()).contains("payhawk.api-key").contains("no API key is configured");
        assertThat(analysis.getAction()).contains("Set payhawk.api-key");
    }

    @Test
    void aCallbackUrlThatIsNotHttpsNamesTheProperty() {
        FailureAnalysis analysis = analysisOfStartingWith(Map.of("payhawk.api-key", "sk-test",
                "payhawk.webhooks.callback-url", "http://erp.example.com/payhawk/webhooks",
                "payhawk.webhooks.subscriptions.ensure", "true"));

        assertThat(analysis.getDescription()).contains("payhawk.webhooks.callback-url").contains("HTTPS");
        assertThat(analysis.getAction()).contains("https://erp.example.com/payhawk/webhooks");
    }

    @Test
    void aMonitorWithoutAnAccountNamesTheProperty() {
        FailureAnalysis analysis = analysisOfStartingWith(Map.of("payhawk.api-key", "sk-test",
                "payhawk.webhooks.callback-url", "https://erp.example.com/payhawk/webhooks",
                "payhawk.webhooks.subscriptions.ensure", "true", "payhawk.webhooks.monitor.enabled", "true"));

        assertThat(analysis.getDescription()).contains("payhawk.account-id").contains("no default account");
        assertThat(analysis.getAction()).contains("Set payhawk.account-id");
    }

    @Test
    void aNegativeMonitorIntervalNamesTheProperty() {
        FailureAnalysis analysis = analysisOfStartingWith(Map.of("payhawk.api-key", "sk-test",
                "payhawk.account-id", "acc-1",
                "payhawk.webhooks.callback-url", "https://erp.example.com/payhawk/webhooks",
                "payhawk.webhooks.subscriptions.ensure", "true", "payhawk.webhooks.monitor.enabled", "true",
                "payhawk.webhooks.monitor.interval", "-1m"));

        assertThat(analysis.getDescription()).contains("payhawk.webhooks.monitor.interval");
        assertThat(analysis.getAction()).contains("or to 0 to check only at start-up");
    }

    private static FailureAnalysis analysisOfStartingWith(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(PartnerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(properties);
        application.setLogStartupInfo(false);
        Throwable failure = catchThrowable(() -> application.run().close());

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new PayhawkFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("an analysis of %s", failure).isNotNull();
        return analysis;
    }
}
