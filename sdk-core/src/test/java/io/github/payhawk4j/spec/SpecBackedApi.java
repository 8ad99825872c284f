package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.http.Sleeper;
import io.github.payhawk4j.json.PayhawkJson;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock playing Payhawk from the OpenAPI document alone: every operation answers with its documented success
 * status and a generated instance of its response schema; and a real {@link PayhawkClient} pointed at it.
 * The spec-driven tests share one ({@link #shared()}), started once per test JVM and stopped when it exits, so the
 * gate stays fast however many operations the spec has.
 */
final class SpecBackedApi {

    static final String API_KEY = "phk_test_spec_7c21";
    /** The client's default account. */
    static final String DEFAULT_ACCOUNT = "acme_logistics";
    /** What {@code GET /rsa-public-key} (text/plain) answers. */
    static final String RSA_PUBLIC_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7 payhawk";

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    private static SpecBackedApi shared;

    private final WireMockServer server;
    private final OpenApiDocument spec;
    private final PayhawkClient client;

    private SpecBackedApi(WireMockServer server, OpenApiDocument spec) {
        this.server = server;
        this.spec = spec;
        this.client = TestClientBuilder.withSleeper(new NoWait())
                .baseUrl("http://127.0.0.1:" + server.port())
                .apiKey(API_KEY)
                .accountId(DEFAULT_ACCOUNT)
                .maxRetries(0)
                .disableRateLimit()
                .build();
    }

    /** The API every spec-driven test uses: answering every operation, on a free loopback port. */
    static synchronized SpecBackedApi shared() {
        if (shared == null) {
            WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "spec-backed-api-stop"));
            shared = new SpecBackedApi(server, OpenApiDocument.load());
            shared.answerEveryOperation();
        }
        return shared;
    }

    OpenApiDocument spec() {
        return spec;
    }

    PayhawkClient client() {
        return client;
    }

    /** Makes every operation answer with a {@link SpecInstances.Flavour#PLAIN} instance of its response. */
    private void answerEveryOperation() {
        for (OpenApiDocument.SpecOperation operation : spec.operations()) {
            JsonNode body = operation.hasJsonResponse()
                    ? SpecInstances.generate(spec, operation.responseSchema(), SpecInstances.Flavour.PLAIN, 0) : null;
            answer(operation, body, 5);
        }
    }

    /**
     * Makes {@code operation} answer with {@code body} (null: its plain answer without JSON body), ahead of the
     * answers set up before at a lower {@code priority} number.
     */
    StubMapping answer(OpenApiDocument.SpecOperation operation, JsonNode body, int priority) {
        ResponseDefinitionBuilder response = aResponse().withStatus(operation.successStatus())
                .withHeader("X-Request-Id", "req_spec_" + priority);
        if (body != null) {
            response.withHeader("Content-Type", "application/json").withBody(text(body));
        } else if (operation.responseMediaType() != null && operation.responseMediaType().startsWith("text/")) {
            response.withHeader("Content-Type", operation.responseMediaType()).withBody(RSA_PUBLIC_KEY);
        }
        return server.stubFor(request(operation.method(), urlPathTemplate(OpenApiDocument.BASE_PATH + operation.path()))
                .atPriority(priority).willReturn(response));
    }

    void remove(StubMapping stub) {
        server.removeStub(stub);
    }

    /** The requests received since the last call, oldest first; forgets them. */
    List<LoggedRequest> takeRequests() {
        List<LoggedRequest> requests = new ArrayList<>();
        server.getAllServeEvents().forEach(event -> requests.add(0, event.getRequest()));
        server.resetRequests();
        return requests;
    }

    static String text(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Retries are off; this only keeps a stray rate-limit wait from slowing the gate down. */
    private static final class NoWait implements Sleeper {

        @Override
        public void sleep(Duration duration) {
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
