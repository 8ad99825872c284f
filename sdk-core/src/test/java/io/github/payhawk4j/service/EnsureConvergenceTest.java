package io.github.payhawk4j.service;

import io.github.payhawk4j.client.TestClientBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ensure} converges when several nodes run it at once: whatever the interleaving, at most one active
 * subscription per (event type, callback URL) remains, and every node returns the same one, the oldest
 * ({@code createdAt}, then the smallest id), because each node deletes every other active match it sees and no
 * node ever deletes the oldest. The race is played deterministically with WireMock scenarios (the list seen after
 * creating holds another node's subscription too), and for real with eight clients against a stateful server that
 * holds back the first listings until every node has listed, so every node creates.
 */
class EnsureConvergenceTest {

    private static final String WEBHOOKS = "/api/v3/accounts/acme_logistics/webhooks";
    private static final String CALLBACK = "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme";
    private static final String RACE = "two nodes ensure at once";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private static String subscription(String id, String createdAt, String status) {
        return "{\"eventType\":\"payment.settled\",\"callbackUrl\":\"" + CALLBACK + "\",\"id\":\"" + id
                + "\",\"createdAt\":\"" + createdAt + "\",\"status\":\"" + status + "\"}";
    }

    private static String page(String... subscriptions) {
        return "{\"items\":[" + String.join(",", subscriptions) + "],\"total\":" + subscriptions.length + "}";
    }

    private static final String DEACTIVATED = subscription("whs_dead", "2024-05-01T10:00:00Z", "deactivated_by_payhawk");
    private static final String OLDER = subscription("whs_older", "2024-06-20T08:00:01.250Z", "active");
    private static final String NEWER = subscription("whs_newer", "2024-06-20T08:00:01.251Z", "active");

    /**
     * One node's view of the race: the first listing shows only the deactivated subscription, its POST creates
     * {@code mine}, and the listing after that shows both nodes' subscriptions.
     */
    private static void stubRaceCreating(String mine) {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).inScenario(RACE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(page(DEACTIVATED))));
        api.stubFor(post(urlEqualTo(WEBHOOKS)).inScenario(RACE).whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("created")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(mine)));
        api.stubFor(get(urlEqualTo(WEBHOOKS)).inScenario(RACE).whenScenarioStateIs("created")
                .willReturn(okJson(page(NEWER, DEACTIVATED, OLDER))));
        api.stubFor(delete(urlMatching(WEBHOOKS + "/.*")).willReturn(aResponse().withStatus(204)));
    }

    @ParameterizedTest(name = "the node that created {0}")
    @ValueSource(strings = {"whs_newer", "whs_older"})
    @DisplayName("whichever node runs it, the oldest subscription is kept and the newer one deleted")
    void everyNodeKeepsTheOldest(String created) {
        stubRaceCreating(created.equals("whs_newer") ? NEWER : OLDER);

        EnsuredSubscription ensured = clientFor(api).webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK);

        assertThat(ensured.subscription().id()).isEqualTo("whs_older");
        assertThat(ensured.created()).isTrue();
        assertThat(ensured.removedDuplicates()).extracting(WebhookSubscription::id).containsExactly("whs_newer");
        api.verify(1, sdkDelete(WEBHOOKS + "/whs_newer"));
        api.verify(0, deleteRequestedFor(urlEqualTo(WEBHOOKS + "/whs_older")));
        api.verify(0, deleteRequestedFor(urlEqualTo(WEBHOOKS + "/whs_dead")));
        // Both nodes replaced the subscription Payhawk deactivated: both report the gap.
        assertThat(ensured.replacedDeactivated()).extracting(WebhookSubscription::id).containsExactly("whs_dead");
        assertThat(ensured.deliveryGapSince()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    @DisplayName("the async ensure converges the same way")
    void theAsyncEnsureConvergesTheSameWay() {
        stubRaceCreating(NEWER);

        EnsuredSubscription ensured = clientFor(api).async().webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK).join();

        assertThat(ensured.subscription().id()).isEqualTo("whs_older");
        assertThat(ensured.removedDuplicates()).extracting(WebhookSubscription::id).containsExactly("whs_newer");
        assertThat(ensured.replacedDeactivated()).extracting(WebhookSubscription::id).containsExactly("whs_dead");
        api.verify(1, sdkDelete(WEBHOOKS + "/whs_newer"));
    }

    @Test
    @DisplayName("duplicates left by an earlier race are cleaned up without creating; equal createdAt: smallest id kept")
    void cleansUpEarlierDuplicatesKeepingTheSmallestIdOnATie() {
        String sameTimeB = subscription("whs_b", "2024-06-20T08:00:00Z", "active");
        String sameTimeA = subscription("whs_a", "2024-06-20T08:00:00Z", "active");
        String later = subscription("whs_0", "2024-06-21T08:00:00Z", "active");
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(page(sameTimeB, later, sameTimeA, DEACTIVATED))));
        api.stubFor(delete(urlMatching(WEBHOOKS + "/.*")).willReturn(aResponse().withStatus(204)));

        EnsuredSubscription ensured = clientFor(api).webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK);

        assertThat(ensured.subscription().id()).isEqualTo("whs_a");
        assertThat(ensured.created()).isFalse();
        assertThat(ensured.removedDuplicates()).extracting(WebhookSubscription::id).containsExactly("whs_b", "whs_0");
        // Nothing was replaced by this call: the gap, if any, was reported by the call that replaced it.
        assertThat(ensured.replacedDeactivated()).isEmpty();
        assertThat(ensured.deliveryGapSince()).isEmpty();
        api.verify(0, postRequestedFor(urlEqualTo(WEBHOOKS)));
        api.verify(1, sdkDelete(WEBHOOKS + "/whs_b"));
        api.verify(1, sdkDelete(WEBHOOKS + "/whs_0"));
    }

    @Test
    @DisplayName("a duplicate another node deleted first (404) is no failure")
    void aDuplicateAlreadyDeletedIsNoFailure() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(page(NEWER, OLDER))));
        api.stubFor(delete(urlEqualTo(WEBHOOKS + "/whs_newer")).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":\"NotFound\",\"message\":\"no such subscription\"}")));

        EnsuredSubscription ensured = clientFor(api).webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK);

        assertThat(ensured.subscription().id()).isEqualTo("whs_older");
        assertThat(ensured.removedDuplicates()).extracting(WebhookSubscription::id).containsExactly("whs_newer");
    }

    @Test
    @DisplayName("a duplicate that cannot be deleted fails ensure, so the caller knows two subscriptions are active")
    void aFailedDeletionFailsEnsure() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(page(NEWER, OLDER))));
        api.stubFor(delete(urlEqualTo(WEBHOOKS + "/whs_newer")).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":\"Forbidden\",\"message\":\"key may not delete subscriptions\"}")));
        PayhawkClient client = clientFor(api);

        assertThatThrownBy(() -> client.webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK))
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> client.async().webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(PermissionException.class);
    }

    @Test
    @DisplayName("eight nodes ensuring at once, every one of them creating: one active subscription remains, the same for all")
    void eightConcurrentNodesConvergeOnOneSubscription() throws Exception {
        int nodes = 8;
        // Generous waits: on a loaded machine the nodes' first listings may take long to all arrive.
        try (InMemoryWebhookApi payhawk = InMemoryWebhookApi.start(nodes, Duration.ofMinutes(5))) {
            payhawk.add(EventType.PAYMENT_SETTLED, CALLBACK, WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            List<Future<EnsuredSubscription>> results = new ArrayList<>();
            try {
                for (int node = 0; node < nodes; node++) {
                    PayhawkClient client = TestClientBuilder.withSleeper(new NoWaitSleeper()).apiKey("phk_node_" + node)
                            .accountId("acme_logistics").baseUrl(payhawk.baseUrl()).requestTimeout(Duration.ofMinutes(6))
                            .build();
                    boolean async = node % 2 == 1;
                    results.add(pool.submit(() -> async
                            ? client.async().webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK).join()
                            : client.webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK)));
                }
                List<EnsuredSubscription> ensured = new ArrayList<>();
                for (Future<EnsuredSubscription> result : results) {
                    ensured.add(result.get(6, TimeUnit.MINUTES));
                }

                List<WebhookSubscription> active = payhawk.subscriptions().stream()
                        .filter(s -> s.status().equals(WebhookSubscriptionStatus.ACTIVE)).toList();
                assertThat(payhawk.created()).as("every node saw no active subscription and created one").isEqualTo(nodes);
                assertThat(active).hasSize(1);
                assertThat(ensured).extracting(e -> e.subscription().id()).containsOnly(active.get(0).id());
                assertThat(active.get(0).id()).isEqualTo(payhawk.firstCreatedId());
                assertThat(ensured).allSatisfy(e -> assertThat(e.replacedDeactivated()).hasSize(1));
                assertThat(ensured.stream().mapToInt(e -> e.removedDuplicates().size()).sum())
                        .as("each extra deleted at least once").isGreaterThanOrEqualTo(nodes - 1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
