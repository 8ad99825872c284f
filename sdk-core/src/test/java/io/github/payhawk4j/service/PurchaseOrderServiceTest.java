package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;

/** PurchaseOrderService: one purchase order with its items. */
class PurchaseOrderServiceTest {

    private static final String ORDER_URL = "/api/v3/accounts/acme_logistics/purchase-orders/po_5e2d90";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("get(id) sends GET .../purchase-orders/{id} and maps the order, its supplier and every item")
    void getsAPurchaseOrder() {
        api.stubFor(get(urlEqualTo(ORDER_URL)).willReturn(okJson(ModelFixture.text("purchase-order.json"))));

        PurchaseOrder order = client.purchaseOrders().get("po_5e2d90");

        api.verify(1, sdkGet(ORDER_URL));
        assertThat(order).isEqualTo(ExpectedModels.purchaseOrder());
        assertThat(order.purchasedAmount().toPlainString()).isEqualTo("4318.50");
        assertThat(order.items()).extracting(item -> item.totalPurchasedAmount().toPlainString())
                .containsExactly("3898.50", "420.00");
        assertThat(order.items().get(1).purchasedQuantity().toPlainString()).isEqualTo("4.5");
    }

    @Test
    @DisplayName("async get on another account sends the request there and completes with the same order")
    void getsAPurchaseOrderAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/purchase-orders/po_5e2d90";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("purchase-order.json"))));

        PurchaseOrder order = client.async().account(OTHER_ACCOUNT).purchaseOrders().get("po_5e2d90").join();

        api.verify(1, sdkGet(url));
        assertThat(order).isEqualTo(ExpectedModels.purchaseOrder());
    }
}
