package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.ExpensePatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An id can never change which endpoint is called: {@code "."} and {@code ".."} (which a normalizing server or
 * proxy would resolve as dot segments, e.g. {@code expenses().get("..")} to {@code /accounts/acme/}) are refused
 * before anything is sent, in every id position; anything else is percent-encoded into its one segment.
 */
class DotSegmentIdTest {

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private Map<String, Executable> everyIdPosition(String id) {
        return Map.ofEntries(
                Map.entry("expenses().get", () -> client.expenses().get(id)),
                Map.entry("expenses().update", () -> client.expenses().update(id, ExpensePatch.externalLinks(List.of()))),
                Map.entry("expenses().payments", () -> client.expenses().payments(id)),
                Map.entry("expenses().workflow", () -> client.expenses().workflow(id)),
                Map.entry("expenses().removeBankPaymentDetails", () -> client.expenses().removeBankPaymentDetails(id)),
                Map.entry("account(id).expenses().get", () -> client.account(id).expenses().get("1207")),
                Map.entry("account(id).webhooks().list", () -> client.account(id).webhooks().list()),
                Map.entry("webhooks().get", () -> client.webhooks().get(id)),
                Map.entry("webhooks().delete", () -> client.webhooks().delete(id)),
                Map.entry("suppliers().get", () -> client.suppliers().get(id)),
                Map.entry("purchaseOrders().get", () -> client.purchaseOrders().get(id)),
                Map.entry("deposits().get(fundAccount, ...)", () -> client.deposits().get(id, "dep_1")),
                Map.entry("deposits().get(..., deposit)", () -> client.deposits().get("fa_1", id)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {".", ".."})
    @DisplayName("a dot-segment id is refused with IllegalArgumentException in every id position, and nothing is sent")
    void refusesDotSegmentIdsBeforeSending(String id) {
        api.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        everyIdPosition(id).forEach((call, executable) -> assertThatThrownBy(executable::execute)
                .as(call)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + id + "\""));

        assertThat(api.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("other ids made of dots and slashes stay one encoded segment of the intended endpoint")
    void encodesOtherIdsIntoOneSegment() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts/acme_logistics/expenses/..%2F..%2Fwebhooks"))
                .willReturn(okJson("{\"id\":\"x\"}")));
        api.stubFor(get(urlEqualTo("/api/v3/accounts/acme_logistics/expenses/...")).willReturn(okJson("{\"id\":\"y\"}")));

        assertThat(client.expenses().get("../../webhooks").id()).isEqualTo("x");
        assertThat(client.expenses().get("...").id()).isEqualTo("y");

        api.verify(1, sdkGet("/api/v3/accounts/acme_logistics/expenses/..%2F..%2Fwebhooks"));
        api.verify(1, sdkGet("/api/v3/accounts/acme_logistics/expenses/..."));
    }
}
