package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static io.github.payhawk4j.service.StubbedPayhawkApi.serviceFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WebhookSubscriptionService: create (HTTPS checked before sending), list, get, delete and idempotent ensure. */
class WebhookSubscriptionServiceTest {

    private static final String WEBHOOKS = "/api/v3/accounts/acme_logistics/webhooks";
    private static final String CALLBACK = "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static void stubCreated(String url, String body) {
        api.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    @DisplayName("create sends POST /accounts/{account}/webhooks with {eventType, callbackUrl} and maps the 201 subscription")
    void createsASubscription() {
        stubCreated(WEBHOOKS, ModelFixture.text("webhook-subscription.json"));

        WebhookSubscription created = client.webhooks().create(EventType.EXPENSE_APPROVED, CALLBACK);

        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson(
                "{\"eventType\":\"expense.approved\",\"callbackUrl\":\"" + CALLBACK + "\"}")));
        assertThat(created).isEqualTo(ExpectedModels.subscription());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.payhawk4j.model.webhook.EventType#known")
    @DisplayName("create sends the wire name of each of the 13 event types")
    void sendsEveryEventTypeByItsWireName(EventType eventType) {
        stubCreated(WEBHOOKS, ModelFixture.text("webhook-subscription.json"));

        client.webhooks().create(eventType, CALLBACK);

        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson(
                "{\"eventType\":\"" + eventType.value() + "\",\"callbackUrl\":\"" + CALLBACK + "\"}")));
    }

    @Test
    @DisplayName("the 13 event types are the ones the API documents")
    void knowsTheThirteenDocumentedEventTypes() {
        assertThat(EventType.known()).extracting(EventType::value).containsExactly(
                "expense.created", "expense.reviewed", "expense.approved", "expense.deleted",
                "expense.payment-details.updated", "payment.authorized", "payment.reverted", "payment.settled",
                "payment.failed", "deposit.received", "supplier.created", "supplier.updated",
                "purchase-order.status.changed");
    }

    @Test
    @DisplayName("createAsync sends the same POST to another account and completes with the subscription")
    void createsAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/webhooks";
        stubCreated(url, ModelFixture.text("webhook-subscription.json"));

        WebhookSubscription created = client.account(OTHER_ACCOUNT).webhooks()
                .createAsync(EventType.EXPENSE_APPROVED, CALLBACK).join();

        api.verify(1, sdkJsonPost(url).withRequestBody(equalToJson(
                "{\"eventType\":\"expense.approved\",\"callbackUrl\":\"" + CALLBACK + "\"}")));
        assertThat(created).isEqualTo(ExpectedModels.subscription());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "http://example.com/payhawk/webhooks",
            "ftp://example.com/hooks",
            "https:///no-host",
            "https://exa mple.com/hooks",
            "/payhawk/webhooks",
            "erp.acme-logistics.eu/payhawk/webhooks",
            "not a url"})
    @DisplayName("create refuses a callback URL that is not absolute HTTPS, before any request is sent")
    void refusesANonHttpsCallbackWithoutSending(String callbackUrl) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.webhooks().create(EventType.EXPENSE_CREATED, callbackUrl))
                .withMessageContaining("callbackUrl");

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"https://user:password@erp.acme-logistics.eu/payhawk/webhooks",
            "https://password@erp.acme-logistics.eu/payhawk/webhooks", "http://user:password@localhost:8080/hooks",
            "https://user:password@exa mple.com/hooks"})
    @DisplayName("a callback URL with user info is refused before sending, and the message never shows the password")
    void refusesUserInfoInTheCallbackUrl(String callbackUrl) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.webhooks().create(EventType.EXPENSE_CREATED, callbackUrl))
                .withMessageContaining("callbackUrl")
                .withMessageNotContaining("password");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.webhooks().ensure(EventType.EXPENSE_CREATED, callbackUrl))
                .withMessageNotContaining("password");

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("createAsync with a plain-http URL fails the future with IllegalArgumentException and sends nothing")
    void createAsyncRefusesPlainHttpWithoutSending() {
        assertThatThrownBy(() -> client.webhooks().createAsync(EventType.EXPENSE_CREATED, "http://example.com/hooks").join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("plain http is accepted for a loopback callback, for local sandboxes")
    void acceptsPlainHttpOnLoopback() {
        stubCreated(WEBHOOKS, ModelFixture.text("webhook-subscription.json"));

        client.webhooks().create(EventType.EXPENSE_CREATED, "http://localhost:8080/payhawk/webhooks");

        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson(
                "{\"eventType\":\"expense.created\",\"callbackUrl\":\"http://localhost:8080/payhawk/webhooks\"}")));
    }

    @Test
    @DisplayName("list sends GET /accounts/{account}/webhooks and maps every subscription whatever its status")
    void listsSubscriptions() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));

        List<WebhookSubscription> subscriptions = client.webhooks().list();

        api.verify(1, sdkGet(WEBHOOKS));
        assertThat(subscriptions).isEqualTo(ExpectedModels.subscriptionPage());
    }

    @Test
    @DisplayName("listAsync on another account completes with the same subscriptions")
    void listsSubscriptionsAsynchronously() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/webhooks";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));

        List<WebhookSubscription> subscriptions = client.account(OTHER_ACCOUNT).webhooks().listAsync().join();

        api.verify(1, sdkGet(url));
        assertThat(subscriptions).isEqualTo(ExpectedModels.subscriptionPage());
    }

    @Test
    @DisplayName("a listed subscription with an event type and status this version does not know is kept, not fatal")
    void toleratesAnUnknownEventTypeInTheList() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(serviceFixture("webhook-subscriptions-with-unknown-event.json"))));

        List<WebhookSubscription> subscriptions = client.webhooks().list();

        WebhookSubscription unknown = subscriptions.get(0);
        assertThat(unknown.eventType().isKnown()).isFalse();
        assertThat(unknown.eventType().value()).isEqualTo("expense.exported");
        assertThat(unknown.status().isKnown()).isFalse();
        assertThat(unknown.status().value()).isEqualTo("paused_by_payhawk");
        assertThat(unknown.id()).isEqualTo("whs_77d1e0aa");
        assertThat(unknown.createdAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(subscriptions.get(1)).isEqualTo(ExpectedModels.subscription());
    }

    @Test
    @DisplayName("get(id) sends GET .../webhooks/{id} and maps the subscription")
    void getsASubscription() {
        api.stubFor(get(urlEqualTo(WEBHOOKS + "/whs_0f6b7c2e")).willReturn(okJson(ModelFixture.text("webhook-subscription.json"))));

        WebhookSubscription subscription = client.webhooks().get("whs_0f6b7c2e");

        api.verify(1, sdkGet(WEBHOOKS + "/whs_0f6b7c2e"));
        assertThat(subscription).isEqualTo(ExpectedModels.subscription());
    }

    @Test
    @DisplayName("getAsync(id) completes with the same subscription")
    void getsASubscriptionAsynchronously() {
        api.stubFor(get(urlEqualTo(WEBHOOKS + "/whs_0f6b7c2e")).willReturn(okJson(ModelFixture.text("webhook-subscription.json"))));

        WebhookSubscription subscription = client.webhooks().getAsync("whs_0f6b7c2e").join();

        api.verify(1, sdkGet(WEBHOOKS + "/whs_0f6b7c2e"));
        assertThat(subscription).isEqualTo(ExpectedModels.subscription());
    }

    @Test
    @DisplayName("delete(id) sends DELETE .../webhooks/{id}; 204 is success")
    void deletesASubscription() {
        api.stubFor(delete(urlEqualTo(WEBHOOKS + "/whs_0f6b7c2e")).willReturn(aResponse().withStatus(204)));

        client.webhooks().delete("whs_0f6b7c2e");

        api.verify(1, sdkDelete(WEBHOOKS + "/whs_0f6b7c2e"));
    }

    @Test
    @DisplayName("deleteAsync(id) on another account sends the DELETE there")
    void deletesASubscriptionAsynchronously() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/webhooks/whs_0f6b7c2e";
        api.stubFor(delete(urlEqualTo(url)).willReturn(aResponse().withStatus(204)));

        client.account(OTHER_ACCOUNT).webhooks().deleteAsync("whs_0f6b7c2e").join();

        api.verify(1, sdkDelete(url));
    }

    @Test
    @DisplayName("ensure returns the existing ACTIVE subscription for the event type and URL without POSTing")
    void ensureReusesTheActiveSubscription() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));

        EnsuredSubscription ensured = client.webhooks().ensure(EventType.EXPENSE_APPROVED, CALLBACK);

        assertThat(ensured.subscription()).isEqualTo(ExpectedModels.subscription());
        assertThat(ensured.created()).isFalse();
        assertThat(ensured.replacedDeactivated()).isEmpty();
        assertThat(ensured.removedDuplicates()).isEmpty();
        assertThat(ensured.deliveryGapSince()).isEmpty();
        api.verify(1, sdkGet(WEBHOOKS));
        api.verify(0, postRequestedFor(urlMatching(".*")));
    }

    @Test
    @DisplayName("ensure creates a new subscription when the only match was deactivated by Payhawk, and reports the gap")
    void ensureReplacesASubscriptionPayhawkDeactivated() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));
        stubCreated(WEBHOOKS, serviceFixture("webhook-subscription-created.json"));

        EnsuredSubscription ensured = client.webhooks().ensure(EventType.PAYMENT_SETTLED, CALLBACK);

        // Listed once to decide, once more after creating to see what other nodes created meanwhile.
        api.verify(2, sdkGet(WEBHOOKS));
        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson(
                "{\"eventType\":\"payment.settled\",\"callbackUrl\":\"" + CALLBACK + "\"}")));
        assertThat(ensured.subscription()).isEqualTo(new WebhookSubscription(EventType.PAYMENT_SETTLED, CALLBACK, "whs_b2c9e671",
                Instant.parse("2024-06-20T08:00:01.250Z"), WebhookSubscriptionStatus.ACTIVE));
        assertThat(ensured.created()).isTrue();
        assertThat(ensured.replacedDeactivated()).extracting(WebhookSubscription::id).containsExactly("whs_4411aa90");
        assertThat(ensured.deliveryGapSince()).contains(Instant.parse("2024-06-01T09:30:12.377Z"));
    }

    @Test
    @DisplayName("ensure creates a subscription when the active one for the event type points at another URL")
    void ensureCreatesForADifferentUrl() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));
        stubCreated(WEBHOOKS, ModelFixture.text("webhook-subscription.json"));

        client.webhooks().ensure(EventType.EXPENSE_APPROVED, "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=globex");

        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson("{\"eventType\":\"expense.approved\","
                + "\"callbackUrl\":\"https://erp.acme-logistics.eu/payhawk/webhooks?tenant=globex\"}")));
    }

    @Test
    @DisplayName("ensureAsync reuses the active subscription without POSTing")
    void ensureAsyncReusesTheActiveSubscription() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));

        EnsuredSubscription ensured = client.webhooks().ensureAsync(EventType.EXPENSE_APPROVED, CALLBACK).join();

        assertThat(ensured.subscription()).isEqualTo(ExpectedModels.subscription());
        assertThat(ensured.created()).isFalse();
        api.verify(0, postRequestedFor(urlMatching(".*")));
    }

    @Test
    @DisplayName("ensureAsync creates when only a deactivated subscription matches")
    void ensureAsyncCreatesWhenOnlyADeactivatedOneMatches() {
        api.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson(ModelFixture.text("webhook-subscriptions-page.json"))));
        stubCreated(WEBHOOKS, serviceFixture("webhook-subscription-created.json"));

        EnsuredSubscription ensured = client.webhooks().ensureAsync(EventType.PAYMENT_SETTLED, CALLBACK).join();

        api.verify(1, sdkJsonPost(WEBHOOKS).withRequestBody(equalToJson(
                "{\"eventType\":\"payment.settled\",\"callbackUrl\":\"" + CALLBACK + "\"}")));
        assertThat(ensured.subscription().id()).isEqualTo("whs_b2c9e671");
        assertThat(ensured.replacedDeactivated()).extracting(WebhookSubscription::id).containsExactly("whs_4411aa90");
    }

    @Test
    @DisplayName("ensure with a plain-http URL is refused before anything is sent, not even the list")
    void ensureRefusesPlainHttpWithoutSending() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.webhooks().ensure(EventType.EXPENSE_CREATED, "http://example.com/hooks"));

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("ensureAsync with a plain-http URL fails the future before anything is sent")
    void ensureAsyncRefusesPlainHttpWithoutSending() {
        assertThatThrownBy(() -> client.webhooks().ensureAsync(EventType.EXPENSE_CREATED, "http://example.com/hooks").join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(api.getAllServeEvents()).isEmpty();
    }
}
