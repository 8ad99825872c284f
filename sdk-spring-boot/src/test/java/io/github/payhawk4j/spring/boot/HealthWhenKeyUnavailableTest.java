package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app starts although Payhawk cannot be reached (the key is fetched on first use), and its health is DOWN,
 * saying that the webhook key cannot be fetched; the delivery path then answers 503, so Payhawk retries.
 */
@SpringBootTest(classes = PartnerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "management.endpoints.web.exposure.include=health",
                "management.endpoint.health.show-details=always", "payhawk.api-key=sk-test",
                "payhawk.account-id=acc-1", "payhawk.max-retries=0"})
@DirtiesContext
class HealthWhenKeyUnavailableTest {

    /** A loopback port bound by a socket that never listens: connections to it are refused while it is held. */
    private static final Socket REFUSING = refusingSocket();

    @DynamicPropertySource
    static void payhawk(DynamicPropertyRegistry registry) {
        registry.add("payhawk.base-url", () -> "http://127.0.0.1:" + REFUSING.getLocalPort());
    }

    @AfterAll
    static void release() throws IOException {
        REFUSING.close();
    }

    @Autowired
    private Environment environment;

    @Test
    void healthIsDownWhenPayhawksKeyCannotBeFetched() throws Exception {
        HttpResponse<String> payhawk = Http.get(port(), "/actuator/health/payhawk");
        HttpResponse<String> overall = Http.get(port(), "/actuator/health");

        assertThat(payhawk.statusCode()).as(payhawk.body()).isEqualTo(503);
        assertThat(payhawk.body()).contains("\"status\":\"DOWN\"")
                .contains("\"webhookKey\":\"unavailable: Payhawk's webhook public key could not be fetched");
        assertThat(overall.statusCode()).isEqualTo(503);
    }

    @Test
    void aDeliveryIsAnswered503SoPayhawkRetriesIt() throws Exception {
        String body = "{\"id\":\"d-1\",\"accountId\":\"acc-1\",\"eventType\":\"expense.approved\",\"payload\":{}}";
        HttpResponse<String> answer = Http.post(port(), "/payhawk/webhooks", body, WebhookSigner.generate()
                .headers("/payhawk/webhooks", body.getBytes(StandardCharsets.UTF_8), Instant.now()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.body()).contains("no_usable_key").doesNotContain("Exception");
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private static Socket refusingSocket() {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
