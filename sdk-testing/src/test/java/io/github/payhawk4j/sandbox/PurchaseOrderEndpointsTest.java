package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNoteItemQuantity;
import io.github.payhawk4j.model.purchaseorder.NewGoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItemPatch;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderPatch;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderUnit;
import io.github.payhawk4j.model.purchaseorder.QuantityStatus;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.query.PurchaseOrderFilter;
import io.github.payhawk4j.query.PurchaseOrderQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's PurchaseOrderService against the sandbox: list, create, update, open, items, goods received notes. */
class PurchaseOrderEndpointsTest {

    private static final ObjectReference ALEX = ObjectReference.builder().id("usr_1").build();

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1)).start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static NewPurchaseOrderItem item(String description, String quantity, String unitPrice) {
        return NewPurchaseOrderItem.builder().description(description).units(PurchaseOrderUnit.PIECES)
                .purchasedQuantity(new BigDecimal(quantity)).unitPrice(new BigDecimal(unitPrice)).build();
    }

    private PurchaseOrder draft(String number, NewPurchaseOrderItem... items) {
        return client.purchaseOrders().create(NewPurchaseOrder.builder().note("Scanners").createdBy(ALEX)
                .purchaseOrderNumber(number).items(List.of(items)).build());
    }

    @Test
    void aCreatedOrderIsADraftWithExactTotalsAndItsSupplier() {
        String supplierId = client.suppliers().create(NewSupplier.builder().name("ScanTech").build()).id();

        PurchaseOrder created = client.purchaseOrders().create(NewPurchaseOrder.builder().note("Scanners").createdBy(ALEX)
                .supplier(ObjectReference.builder().id(supplierId).build())
                .items(List.of(item("Zebra TC52", "10", "389.85"), item("Cradle", "4.5", "0.10"))).build());

        assertThat(created.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(created.supplier().id()).isEqualTo(supplierId);
        assertThat(created.currency()).isEqualTo(sandbox.account().baseCurrency());
        assertThat(created.items()).extracting(i -> i.totalPurchasedAmount().toPlainString()).containsExactly("3898.50", "0.45");
        assertThat(created.purchasedAmount().toPlainString()).isEqualTo("3898.95");
        assertThat(created.items().get(1).purchasedQuantity().toPlainString()).isEqualTo("4.5");
        assertThat(client.purchaseOrders().get(created.id())).isEqualTo(created);
    }

    @Test
    void theListFiltersByStatusAndNumberAndPagesLazily() {
        PurchaseOrder first = draft("PO-2026-001", item("A", "1", "1.00"));
        PurchaseOrder second = draft("PO-2026-002", item("B", "1", "1.00"));
        draft("PO-2025-900", item("C", "1", "1.00"));
        client.purchaseOrders().open(second.id());

        Page<PurchaseOrder> open = client.purchaseOrders().list(PurchaseOrderQuery.builder()
                .filter(PurchaseOrderFilter.status(PurchaseOrderStatus.OPEN)).build());
        assertThat(open.items()).extracting(PurchaseOrder::id).containsExactly(second.id());
        Page<PurchaseOrder> drafts2026 = client.purchaseOrders().list(PurchaseOrderQuery.builder()
                .filter(PurchaseOrderFilter.and(PurchaseOrderFilter.status(PurchaseOrderStatus.DRAFT),
                        PurchaseOrderFilter.purchaseOrderNumberContains("2026"))).build());
        assertThat(drafts2026.items()).extracting(PurchaseOrder::id).containsExactly(first.id());

        Page<PurchaseOrder> secondPage = client.purchaseOrders().list(PurchaseOrderQuery.builder().skip(1).take(1).build());
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.items()).extracting(PurchaseOrder::id).containsExactly(second.id());
        assertThat(StreamSupport.stream(client.purchaseOrders().listAll(PurchaseOrderQuery.builder().take(1).build()).spliterator(), false)
                .map(PurchaseOrder::purchaseOrderNumber)).containsExactly("PO-2026-001", "PO-2026-002", "PO-2025-900");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        client.async().purchaseOrders().listAll(PurchaseOrderQuery.builder().take(2).build())
                .thenCompose(page -> page.forEach(order -> seen.add(order.id()))).join();
        assertThat(seen).hasSize(3);
    }

    @Test
    void anUpdateChangesNoteAndSupplierAndOpeningTwiceIsAConflict() {
        PurchaseOrder created = draft(null, item("A", "2", "5.00"));
        String supplierId = client.suppliers().create(NewSupplier.builder().name("ScanTech").build()).id();

        PurchaseOrder updated = client.purchaseOrders().update(created.id(), PurchaseOrderPatch.builder().note("Now urgent")
                .supplier(ObjectReference.builder().id(supplierId).build()).build());
        assertThat(updated.note()).isEqualTo("Now urgent");
        assertThat(updated.supplier().name()).isEqualTo("ScanTech");

        client.purchaseOrders().open(created.id());
        assertThat(client.purchaseOrders().get(created.id()).status()).isEqualTo(PurchaseOrderStatus.OPEN);
        assertThatThrownBy(() -> client.purchaseOrders().open(created.id()))
                .isInstanceOfSatisfying(PayhawkException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("only a draft");
                });
        PurchaseOrder empty = draft(null);
        assertThatThrownBy(() -> client.purchaseOrders().open(empty.id())).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.purchaseOrders().open("po_404")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void itemsAreAddedUpdatedAndDeletedAndTheOrderAmountFollows() {
        PurchaseOrder order = draft(null, item("A", "1", "10.00"));

        PurchaseOrderItem added = client.purchaseOrders().addItem(order.id(), item("B", "3", "2.50"));
        assertThat(added.totalPurchasedAmount().toPlainString()).isEqualTo("7.50");
        assertThat(client.purchaseOrders().items(order.id())).hasSize(2);
        assertThat(client.purchaseOrders().getItem(order.id(), added.id())).isEqualTo(added);

        PurchaseOrderItem changed = client.purchaseOrders().updateItem(order.id(), added.id(),
                PurchaseOrderItemPatch.builder().purchasedQuantity(new BigDecimal("4")).units(PurchaseOrderUnit.HOURS).build());
        assertThat(changed.totalPurchasedAmount().toPlainString()).isEqualTo("10.00");
        assertThat(changed.units()).isEqualTo(PurchaseOrderUnit.HOURS);
        assertThat(client.purchaseOrders().get(order.id()).purchasedAmount().toPlainString()).isEqualTo("20.00");

        client.purchaseOrders().deleteItem(order.id(), added.id());
        assertThat(client.purchaseOrders().items(order.id())).hasSize(1);
        assertThat(client.purchaseOrders().get(order.id()).purchasedAmount().toPlainString()).isEqualTo("10.00");
        assertThatThrownBy(() -> client.purchaseOrders().getItem(order.id(), added.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.purchaseOrders().deleteItem(order.id(), added.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void goodsReceivedNotesCountTheItemsReceivedAndCarryTheirFiles() {
        PurchaseOrder order = draft(null, item("Pallet", "10", "4.00"));
        String itemId = order.items().get(0).id();
        NewGoodsReceivedNote fourAndAHalf = NewGoodsReceivedNote.builder().note("First delivery")
                .quantities(List.of(GoodsReceivedNoteItemQuantity.builder().purchaseOrderItemId(itemId)
                        .quantity(new BigDecimal("4.50")).build())).build();
        assertThatThrownBy(() -> client.purchaseOrders().createGoodsReceivedNote(order.id(), fourAndAHalf))
                .as("a draft receives nothing")
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        client.purchaseOrders().open(order.id());

        GoodsReceivedNote note = client.purchaseOrders().createGoodsReceivedNote(order.id(), fourAndAHalf);
        assertThat(note.quantities()).singleElement()
                .satisfies(q -> assertThat(q.quantity().toPlainString()).isEqualTo("4.50"));
        PurchaseOrderItem item = client.purchaseOrders().getItem(order.id(), itemId);
        assertThat(item.receivedQuantity().toPlainString()).isEqualTo("4.50");
        assertThat(item.quantityStatus()).isEqualTo(QuantityStatus.PARTIAL);
        assertThat(client.purchaseOrders().get(order.id()).receivedQuantityStatus()).isEqualTo(QuantityStatus.PARTIAL);
        assertThatThrownBy(() -> client.purchaseOrders().deleteItem(order.id(), itemId))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));

        client.purchaseOrders().attachGoodsReceivedNoteFile(order.id(), note.id(),
                new FileUpload("DN-4471.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF}));
        assertThat(client.purchaseOrders().goodsReceivedNotes(order.id())).singleElement()
                .satisfies(listed -> assertThat(listed.document().files()).singleElement()
                        .satisfies(file -> assertThat(file.url()).endsWith("/DN-4471.pdf")));

        client.purchaseOrders().deleteGoodsReceivedNote(order.id(), note.id());
        assertThat(client.purchaseOrders().goodsReceivedNotes(order.id())).isEmpty();
        assertThat(client.purchaseOrders().getItem(order.id(), itemId).quantityStatus()).isEqualTo(QuantityStatus.NONE);
        assertThatThrownBy(() -> client.purchaseOrders().deleteGoodsReceivedNote(order.id(), note.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.purchaseOrders().createGoodsReceivedNote(order.id(), NewGoodsReceivedNote.builder()
                .note("x").quantities(List.of(GoodsReceivedNoteItemQuantity.builder().purchaseOrderItemId("poi_404")
                        .quantity(BigDecimal.ONE).build())).build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void invalidBodiesAre400AndUnknownOrders404() {
        assertThatThrownBy(() -> client.purchaseOrders().create(NewPurchaseOrder.builder().note("n").createdBy(ALEX)
                .supplier(ObjectReference.builder().id("sup_404").build()).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("sup_404");
        assertThatThrownBy(() -> client.purchaseOrders().create(NewPurchaseOrder.builder().note("n").createdBy(ALEX)
                .items(List.of(item("A", "1", "1").toBuilder().units(PurchaseOrderUnit.of("kilograms")).build())).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("units");
        PurchaseOrder order = draft("PO-1", item("A", "1", "1"));
        assertThatThrownBy(() -> draft("PO-1", item("A", "1", "1")))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> client.purchaseOrders().update(order.id(), PurchaseOrderPatch.builder().currency("euro").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> client.purchaseOrders().items("po_404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.purchaseOrders().goodsReceivedNotes("po_404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.purchaseOrders().update("po_404", PurchaseOrderPatch.builder().note("x").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theNewCallsNeedAKeyAndAreRateLimited() {
        PurchaseOrder order = draft(null, item("A", "1", "1"));
        PayhawkClient wrongKey = PayhawkClient.builder().apiKey("wrong").accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).build();
        assertThatThrownBy(() -> wrongKey.purchaseOrders().open(order.id())).isInstanceOf(AuthenticationException.class);
        assertThat(client.purchaseOrders().get(order.id()).status()).isEqualTo(PurchaseOrderStatus.DRAFT);

        PayhawkClient impatient = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).disableRateLimit().maxRetries(0).build();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 40; i++) {
                impatient.purchaseOrders().items(order.id());
            }
        }).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
    }
}
