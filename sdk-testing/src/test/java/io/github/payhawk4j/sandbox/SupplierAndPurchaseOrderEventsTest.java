package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrderItem;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the new supplier and purchase order calls tell subscribers, as Payhawk's events say. */
class SupplierAndPurchaseOrderEventsTest {

    /** Only a hang reaches it: awaitDeliveries returns as soon as the last delivery ended. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    private PayhawkSandbox sandbox;
    private CallbackReceiver receiver;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        receiver = new CallbackReceiver();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    @Test
    void creatingUpdatingArchivingASupplierAndOpeningAnOrderAreDelivered() throws IOException {
        for (EventType type : List.of(EventType.SUPPLIER_CREATED, EventType.SUPPLIER_UPDATED, EventType.PURCHASE_ORDER_STATUS_CHANGED)) {
            client.webhooks().create(type, receiver.url("/payhawk/webhooks"));
        }

        String supplierId = client.suppliers().create(NewSupplier.builder().name("Nordlicht").build()).id();
        client.suppliers().update(supplierId, SupplierPatch.builder().vat("DE1").build());
        client.suppliers().updateStatus(supplierId, SupplierStatus.ARCHIVED);
        String orderId = client.purchaseOrders().create(NewPurchaseOrder.builder().note("n")
                .createdBy(ObjectReference.builder().id("usr_1").build())
                .items(List.of(NewPurchaseOrderItem.builder().description("d").purchasedQuantity(BigDecimal.ONE)
                        .unitPrice(BigDecimal.TEN).build())).build()).id();
        client.purchaseOrders().open(orderId);

        assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
        List<String> events = new ArrayList<>();
        for (CallbackReceiver.Received request : receiver.received()) {
            JsonNode envelope = JSON.readTree(request.body());
            events.add(envelope.get("eventType").asText() + " " + envelope.get("payload"));
        }
        assertThat(events).containsExactlyInAnyOrder(
                "supplier.created {\"supplierId\":\"" + supplierId + "\"}",
                "supplier.updated {\"supplierId\":\"" + supplierId + "\"}",
                "supplier.updated {\"supplierId\":\"" + supplierId + "\"}",
                "purchase-order.status.changed {\"purchaseOrderId\":\"" + orderId + "\",\"status\":\"open\"}");
    }
}
