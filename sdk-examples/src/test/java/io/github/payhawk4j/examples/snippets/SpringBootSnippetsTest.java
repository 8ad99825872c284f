package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.ServerHttpObservationFilter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented Spring Boot registration in a real Boot 3.5 web app (embedded Tomcat on a random loopback port,
 * Actuator and Micrometer): a signed delivery reaches the handler, a forged one is refused, and both are counted
 * in {@code http.server.requests}, because the filter runs inside Boot's observation filter.
 */
@SpringBootTest(classes = SpringBootSnippetsTest.WebhookApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class SpringBootSnippetsTest {

    private static final WebhookSigner PAYHAWK = WebhookSigner.generate();
    private static final String PATH = "/payhawk/webhooks";
    /** Only a hang waits this long: the meter is polled until Boot has recorded it. */
    private static final Duration HANG = Duration.ofSeconds(60);

    /** A Boot application with the SDK's dispatcher and the documented filter registration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SpringBootSnippets.class)
    static class WebhookApp {

        final List<String> approved = new CopyOnWriteArrayList<>();

        @Bean
        WebhookDispatcher webhookDispatcher() {
            return WebhookDispatcher.builder()
                    .verifier(WebhookVerifier.builder()
                            .publicKeySource(FixedPublicKeySource.parse(PAYHAWK.publicKeyPem()))
                            .build())
                    .on(ExpenseApproved.class, (event, context) -> approved.add(event.expenseId()))
                    .build();
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private WebhookApp app;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private List<FilterRegistrationBean<?>> filters;

    @Test
    void theFilterRunsInsideBootsObservationFilter() {
        int observation = orderOf(ServerHttpObservationFilter.class);
        int webhooks = orderOf(PayhawkWebhookFilter.class);

        assertThat(webhooks).isGreaterThan(observation);
    }

    @Test
    void aSignedDeliveryReachesTheHandlerAndBothItAndAForgedOneAreMeasured() throws Exception {
        byte[] body = """
                {"id":"d-boot-1","accountId":"acc-1","eventType":"expense.approved","payload":{"expenseId":"43"}}"""
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> signed = post(body, PAYHAWK.headers(PATH, body, Instant.now()));
        HttpResponse<String> forged = post(body, WebhookSigner.generate().headers(PATH, body, Instant.now()));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(app.approved).containsExactly("43");
        assertThat(awaitRequestsCounted("200")).isEqualTo(1);
        assertThat(awaitRequestsCounted("401")).isEqualTo(1);
    }

    private HttpResponse<String> post(byte[] body, Map<String, String> signatureHeaders) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signatureHeaders.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The count of POSTs with this status in {@code http.server.requests}. Boot records a request when its
     * observation ends, just after the response went out, so the meter is polled until it appears.
     */
    private long awaitRequestsCounted(String status) throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (true) {
            Timer timer = meters.find("http.server.requests").tag("method", "POST").tag("status", status).timer();
            if (timer != null && timer.count() > 0) {
                return timer.count();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no POST with status " + status + " in http.server.requests");
            }
            Thread.sleep(10);
        }
    }

    private int orderOf(Class<?> filterType) {
        return filters.stream()
                .filter(registration -> filterType.isInstance(registration.getFilter()))
                .mapToInt(FilterRegistrationBean::getOrder)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no registration of " + filterType.getSimpleName()));
    }
}
