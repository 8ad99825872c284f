package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServletFilterSnippetsTest {

    @Test
    void theEmbeddedJettySnippetAnswersASignedDelivery() throws Exception {
        WebhookSigner payhawk = WebhookSigner.generate();
        List<String> received = new ArrayList<>();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem()))
                        .build())
                .onUnhandled((event, context) -> received.add(event.deliveryId()))
                .build();
        Server server = ServletFilterSnippets.embeddedJetty(dispatcher, 0);
        try {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            byte[] body = "{\"id\":\"d-1\",\"accountId\":\"acc-1\",\"eventType\":\"supplier.created\",\"payload\":{}}"
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/payhawk/webhooks")).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            payhawk.headers("/payhawk/webhooks", body, Instant.now()).forEach(request::header);

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(received).containsExactly("d-1");
        } finally {
            server.stop();
        }
    }

    @Test
    void eachTenantsDispatcherHandlesOnlyItsOwnAccount() {
        WebhookSigner payhawk = WebhookSigner.generate();
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(payhawk.publicKeyPem()))
                .build();
        List<String> acmeBooked = new ArrayList<>();
        List<String> globexBooked = new ArrayList<>();
        List<WebhookDispatcher> tenants = ServletFilterSnippets.oneDispatcherPerAccount(verifier, acmeBooked, globexBooked);
        byte[] forAcme = ("{\"id\":\"d-1\",\"accountId\":\"acc_acme\",\"eventType\":\"expense.approved\","
                + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new HashMap<>();
        payhawk.headers("/payhawk/webhooks", forAcme, Instant.now()).forEach((name, value) -> headers.put(name, List.of(value)));

        WebhookResponse atGlobex = tenants.get(1).handle("/payhawk/webhooks", headers, forAcme);
        WebhookResponse atAcme = tenants.get(0).handle("/payhawk/webhooks", headers, forAcme);

        assertThat(atGlobex.status()).isEqualTo(401);
        assertThat(atGlobex.body()).contains("account_not_served");
        assertThat(atAcme.status()).isEqualTo(200);
        assertThat(acmeBooked).containsExactly("43");
        assertThat(globexBooked).isEmpty();
    }
}
