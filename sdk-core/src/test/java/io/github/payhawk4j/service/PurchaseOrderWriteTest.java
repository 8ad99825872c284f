package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.model.BasicActor;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNoteDocument;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNoteItemQuantity;
import io.github.payhawk4j.model.purchaseorder.InvoicedAmountStatus;
import io.github.payhawk4j.model.purchaseorder.NewGoodsReceivedNote;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.NewPurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItemPatch;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderPatch;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderType;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderUnit;
import io.github.payhawk4j.model.purchaseorder.QuantityStatus;
import io.github.payhawk4j.query.PurchaseOrderFilter;
import io.github.payhawk4j.query.PurchaseOrderQuery;
import io.github.payhawk4j.service.async.AsyncPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PurchaseOrderService beyond get: the paged, filtered list, create, update, open, line items and goods received
 * notes with their files, each checked as sent (method, path, query, headers, body) and as read.
 */
class PurchaseOrderWriteTest {

    private static final String ORDERS = "/api/v3/accounts/acme_logistics/purchase-orders";
    private static final String ORDER = ORDERS + "/po_5e2d90";

    /** A purchase order with a status, a type and a field this SDK version does not know. */
    private static final String NEWER_ORDER_JSON = """
            {"id":"po_77","note":"","title":"Pallets","status":"in_review","type":"blanket","createdAt":"2026-11-30T08:00:00.120Z",
             "createdBy":{"id":"usr_1","fullName":"Alex Morgan"},"currency":"EUR","purchasedAmount":120.10,
             "invoicedAmount":0.00,"invoicedAmountStatus":"none","items":[],"budgetLine":"B-7"}
            """;

    private static final PurchaseOrder NEWER_ORDER = PurchaseOrder.builder()
            .id("po_77").note("").title("Pallets").status(PurchaseOrderStatus.of("in_review")).type(PurchaseOrderType.of("blanket"))
            .createdAt(Instant.parse("2026-11-30T08:00:00.120Z"))
            .createdBy(BasicActor.builder().id("usr_1").fullName("Alex Morgan").build()).currency("EUR")
            .purchasedAmount(new BigDecimal("120.10")).invoicedAmount(new BigDecimal("0.00"))
            .invoicedAmountStatus(InvoicedAmountStatus.NONE).items(List.of())
            .putAdditionalProperty("budgetLine", TextNode.valueOf("B-7"))
            .build();

    /** A line item with a unit and a field this SDK version does not know, and quantities that break doubles. */
    private static final String ITEM_JSON = """
            {"id":"poi_9","createdAt":"2026-11-30T08:01:00Z","description":"Steel pallet 1200x800","units":"kilograms",
             "purchasedQuantity":2.50,"unitPrice":0.10,"totalPurchasedAmount":0.25,"quantityStatus":"none",
             "receivedQuantity":0.0,"type":"normal","expenseCategory":{"id":"cat_9"},"vatCode":"S20"}
            """;

    private static final PurchaseOrderItem ITEM = PurchaseOrderItem.builder()
            .id("poi_9").createdAt(Instant.parse("2026-11-30T08:01:00Z")).description("Steel pallet 1200x800")
            .units(PurchaseOrderUnit.of("kilograms")).purchasedQuantity(new BigDecimal("2.50")).unitPrice(new BigDecimal("0.10"))
            .totalPurchasedAmount(new BigDecimal("0.25")).quantityStatus(QuantityStatus.NONE).receivedQuantity(new BigDecimal("0.0"))
            .type(PurchaseOrderType.NORMAL).expenseCategory(ObjectReference.builder().id("cat_9").build())
            .putAdditionalProperty("vatCode", TextNode.valueOf("S20"))
            .build();

    private static final String NOTE_JSON = """
            {"id":"grn_3","createdAt":"2026-12-01T10:00:00Z","note":"First delivery",
             "quantities":[{"purchaseOrderItemId":"poi_1","quantity":2.500}],
             "document":{"documentDate":"2026-11-30T00:00:00Z","documentNumber":"DN-4471",
                         "files":[{"id":"file_5","url":"https://files.example/5","contentType":"application/pdf"}]},
             "receivedBy":"warehouse-2"}
            """;

    private static final GoodsReceivedNote NOTE = GoodsReceivedNote.builder()
            .id("grn_3").createdAt(Instant.parse("2026-12-01T10:00:00Z")).note("First delivery")
            .quantities(List.of(GoodsReceivedNoteItemQuantity.builder().purchaseOrderItemId("poi_1").quantity(new BigDecimal("2.500")).build()))
            .document(GoodsReceivedNoteDocument.builder().documentDate(Instant.parse("2026-11-30T00:00:00Z")).documentNumber("DN-4471")
                    .files(List.of(DocumentFile.builder().id("file_5").url("https://files.example/5").contentType("application/pdf").build()))
                    .build())
            .putAdditionalProperty("receivedBy", TextNode.valueOf("warehouse-2"))
            .build();

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static String page(long total, String... orders) {
        return "{\"items\":[" + String.join(",", orders) + "],\"total\":" + total + "}";
    }

    @Test
    @DisplayName("list sends GET .../purchase-orders with $filter, $skip and $take and maps the page, unknown values kept")
    void listsAPageOfPurchaseOrders() {
        api.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(42, ModelFixture.text("purchase-order.json"), NEWER_ORDER_JSON))));

        Page<PurchaseOrder> page = client.purchaseOrders().list(PurchaseOrderQuery.builder()
                .filter(PurchaseOrderFilter.and(PurchaseOrderFilter.status(PurchaseOrderStatus.OPEN),
                        PurchaseOrderFilter.purchaseOrderNumberContains("PO-2024")))
                .skip(20).take(2).build());

        String filter = "{\"$and\":[{\"status\":{\"$equal\":\"open\"}},{\"purchaseOrderNumber\":{\"$contains\":\"PO-2024\"}}]}";
        api.verify(1, sdkGet(ORDERS + "?%24filter=" + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8)
                .replace("+", "%20") + "&%24skip=20&%24take=2"));
        assertThat(page.total()).isEqualTo(42);
        assertThat(page.items()).containsExactly(ExpectedModels.purchaseOrder(), NEWER_ORDER);
        assertThat(page.items().get(1).status().known()).isEqualTo(PurchaseOrderStatus.Known.UNKNOWN);
    }

    @Test
    @DisplayName("list(all()) sends no query parameter at all")
    void listsWithoutQuery() {
        api.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(page(0))));

        Page<PurchaseOrder> page = client.purchaseOrders().list(PurchaseOrderQuery.all());

        api.verify(1, sdkGet(ORDERS));
        assertThat(page.items()).isEmpty();
    }

    @Test
    @DisplayName("listAll walks every page lazily with the filter on each, its take as page size")
    void walksAllPages() {
        String filter = java.net.URLEncoder.encode("{\"status\":{\"$equal\":\"draft\"}}", StandardCharsets.UTF_8);
        api.stubFor(get(urlEqualTo(ORDERS + "?%24filter=" + filter + "&%24skip=0&%24take=2"))
                .willReturn(okJson(page(3, NEWER_ORDER_JSON, NEWER_ORDER_JSON))));
        api.stubFor(get(urlEqualTo(ORDERS + "?%24filter=" + filter + "&%24skip=2&%24take=2"))
                .willReturn(okJson(page(3, ModelFixture.text("purchase-order.json")))));

        AutoPagingIterable<PurchaseOrder> all = client.purchaseOrders()
                .listAll(PurchaseOrderQuery.builder().filter(PurchaseOrderFilter.status(PurchaseOrderStatus.DRAFT)).take(2).build());
        assertThat(api.getAllServeEvents()).as("nothing fetched before iterating").isEmpty();

        assertThat(all.stream().toList()).containsExactly(NEWER_ORDER, NEWER_ORDER, ExpectedModels.purchaseOrder());
        assertThat(api.getAllServeEvents()).hasSize(2);
    }

    @Test
    @DisplayName("async listAll reaches every page; the default page size is 1000")
    void walksAllPagesAsynchronously() {
        api.stubFor(get(urlEqualTo(ORDERS + "?%24skip=0&%24take=1000")).willReturn(okJson(page(2, NEWER_ORDER_JSON))));
        api.stubFor(get(urlEqualTo(ORDERS + "?%24skip=1&%24take=1000")).willReturn(okJson(page(2, NEWER_ORDER_JSON))));

        List<PurchaseOrder> seen = Collections.synchronizedList(new ArrayList<>());
        client.async().purchaseOrders().listAll(PurchaseOrderQuery.all())
                .thenCompose((AsyncPage<PurchaseOrder> first) -> first.forEach(seen::add)).join();

        assertThat(seen).containsExactly(NEWER_ORDER, NEWER_ORDER);
    }

    @Test
    @DisplayName("create sends POST .../purchase-orders with the order and its items, amounts exactly as given, and maps the 201 order")
    void createsAPurchaseOrder() {
        api.stubFor(post(urlEqualTo(ORDERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ModelFixture.text("purchase-order.json"))));

        PurchaseOrder created = client.purchaseOrders().create(NewPurchaseOrder.builder()
                .note("Replacement scanners").createdBy(ObjectReference.builder().id("user_2b9e11").build())
                .supplier(ObjectReference.builder().id("sup_e0a4f7").build()).purchaseOrderNumber("PO-2024-0193")
                .items(List.of(NewPurchaseOrderItem.builder().description("Zebra TC52").units(PurchaseOrderUnit.PIECES)
                        .purchasedQuantity(new BigDecimal("10")).unitPrice(new BigDecimal("389.850"))
                        .expenseCategory(ObjectReference.builder().id("cat_equipment").build()).build()))
                .build());

        api.verify(1, sdkJsonPost(ORDERS).withRequestBody(equalToJson("""
                {"note":"Replacement scanners","createdBy":{"id":"user_2b9e11"},"supplier":{"id":"sup_e0a4f7"},
                 "purchaseOrderNumber":"PO-2024-0193",
                 "items":[{"description":"Zebra TC52","units":"pieces","purchasedQuantity":10,"unitPrice":389.850,
                           "expenseCategory":{"id":"cat_equipment"}}]}
                """)));
        assertThat(api.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("\"unitPrice\":389.850");
        assertThat(created).isEqualTo(ExpectedModels.purchaseOrder());
    }

    @Test
    @DisplayName("an order without note or creator, an item without price, or 101 items, is refused before anything is sent")
    void refusesWhatTheApiRequires() {
        ObjectReference alex = ObjectReference.builder().id("usr_1").build();
        assertThatNullPointerException().isThrownBy(() -> NewPurchaseOrder.builder().createdBy(alex).build())
                .withMessageContaining("note");
        assertThatNullPointerException().isThrownBy(() -> NewPurchaseOrder.builder().note("n").build())
                .withMessageContaining("createdBy");
        assertThatNullPointerException().isThrownBy(() -> NewPurchaseOrderItem.builder().description("d")
                .purchasedQuantity(BigDecimal.ONE).build()).withMessageContaining("unitPrice");
        NewPurchaseOrderItem item = NewPurchaseOrderItem.builder().description("d").purchasedQuantity(BigDecimal.ONE)
                .unitPrice(BigDecimal.TEN).build();
        assertThatIllegalArgumentException().isThrownBy(() -> NewPurchaseOrder.builder().note("n").createdBy(alex)
                .items(IntStream.range(0, 101).mapToObj(i -> item).toList()).build()).withMessageContaining("100");
        assertThatNullPointerException().isThrownBy(() -> NewGoodsReceivedNote.builder().note("n").build())
                .withMessageContaining("quantities");
        assertThatNullPointerException().isThrownBy(() -> NewGoodsReceivedNote.builder().note("n")
                .quantities(List.of(GoodsReceivedNoteItemQuantity.builder().purchaseOrderItemId("poi_1").build())).build())
                .withMessageContaining("quantity");
        assertThatThrownBy(() -> client.async().purchaseOrders().create(null).join()).hasCauseInstanceOf(NullPointerException.class);
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("update sends PATCH .../purchase-orders/{id} with only what is set and maps the order")
    void updatesAPurchaseOrder() {
        api.stubFor(patch(urlEqualTo(ORDER)).willReturn(okJson(ModelFixture.text("purchase-order.json"))));

        PurchaseOrder updated = client.purchaseOrders().update("po_5e2d90",
                PurchaseOrderPatch.builder().note("Now 12 scanners").currency("EUR").build());

        api.verify(1, sdkJsonPatch(ORDER).withRequestBody(equalToJson("{\"note\":\"Now 12 scanners\",\"currency\":\"EUR\"}")));
        assertThat(updated).isEqualTo(ExpectedModels.purchaseOrder());
    }

    @Test
    @DisplayName("open sends POST .../open without a body; 204 is success, 409 fails with the API's message")
    void opensAPurchaseOrder() {
        api.stubFor(post(urlEqualTo(ORDER + "/open")).willReturn(noContent()));
        api.stubFor(post(urlEqualTo(ORDERS + "/po_6/open")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"conflict\",\"message\":\"Purchase order 'po_6' is open; only a draft can be opened\"}")));

        RawResponse<Void> opened = client.purchaseOrders().withRawResponse().open("po_5e2d90");

        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(ORDER + "/open"))).withHeader("Content-Type", absent()));
        assertThat(api.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
        assertThat(opened.statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> client.purchaseOrders().open("po_6")).isInstanceOfSatisfying(PayhawkException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.getMessage()).contains("only a draft can be opened");
        });
    }

    @Test
    @DisplayName("items, addItem, getItem, updateItem and deleteItem send their requests and map the items, unknown unit kept")
    void managesLineItems() {
        api.stubFor(get(urlEqualTo(ORDER + "/items")).willReturn(okJson(page(1, ITEM_JSON))));
        api.stubFor(post(urlEqualTo(ORDER + "/items")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ITEM_JSON)));
        api.stubFor(get(urlEqualTo(ORDER + "/items/poi_9")).willReturn(okJson(ITEM_JSON)));
        api.stubFor(patch(urlEqualTo(ORDER + "/items/poi_9")).willReturn(okJson(ITEM_JSON)));
        api.stubFor(delete(urlEqualTo(ORDER + "/items/poi_9")).willReturn(noContent()));
        PurchaseOrderService orders = client.purchaseOrders();

        assertThat(orders.items("po_5e2d90")).containsExactly(ITEM);
        assertThat(orders.addItem("po_5e2d90", NewPurchaseOrderItem.builder().description("Steel pallet 1200x800")
                .purchasedQuantity(new BigDecimal("2.50")).unitPrice(new BigDecimal("0.10")).build())).isEqualTo(ITEM);
        assertThat(orders.getItem("po_5e2d90", "poi_9")).isEqualTo(ITEM);
        assertThat(orders.updateItem("po_5e2d90", "poi_9", PurchaseOrderItemPatch.builder()
                .purchasedQuantity(new BigDecimal("3.00")).units(PurchaseOrderUnit.HOURS).build())).isEqualTo(ITEM);
        orders.deleteItem("po_5e2d90", "poi_9");

        api.verify(1, sdkGet(ORDER + "/items"));
        api.verify(1, sdkJsonPost(ORDER + "/items").withRequestBody(equalToJson(
                "{\"description\":\"Steel pallet 1200x800\",\"purchasedQuantity\":2.50,\"unitPrice\":0.10}")));
        api.verify(1, sdkGet(ORDER + "/items/poi_9"));
        api.verify(1, sdkJsonPatch(ORDER + "/items/poi_9").withRequestBody(equalToJson(
                "{\"purchasedQuantity\":3.00,\"units\":\"hours\"}")));
        api.verify(1, sdkDelete(ORDER + "/items/poi_9"));
        assertThat(ITEM.units().known()).isEqualTo(PurchaseOrderUnit.Known.UNKNOWN);
    }

    @Test
    @DisplayName("async item calls on another account send the same requests there")
    void managesLineItemsAsynchronouslyOnAnotherAccount() {
        String order = "/api/v3/accounts/" + OTHER_ACCOUNT + "/purchase-orders/po_5e2d90";
        api.stubFor(get(urlEqualTo(order + "/items/poi_9")).willReturn(okJson(ITEM_JSON)));
        api.stubFor(delete(urlEqualTo(order + "/items/poi_9")).willReturn(noContent()));

        assertThat(client.async().account(OTHER_ACCOUNT).purchaseOrders().getItem("po_5e2d90", "poi_9").join()).isEqualTo(ITEM);
        client.async().account(OTHER_ACCOUNT).purchaseOrders().deleteItem("po_5e2d90", "poi_9").join();

        api.verify(1, sdkGet(order + "/items/poi_9"));
        api.verify(1, sdkDelete(order + "/items/poi_9"));
    }

    @Test
    @DisplayName("goods received notes: list, create with exact quantities, delete, and a file attached as multipart")
    void managesGoodsReceivedNotes() {
        byte[] scan = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 13, 10, '-', '-'};
        api.stubFor(get(urlEqualTo(ORDER + "/goods-received-notes")).willReturn(okJson(page(1, NOTE_JSON))));
        api.stubFor(post(urlEqualTo(ORDER + "/goods-received-notes")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(NOTE_JSON)));
        api.stubFor(delete(urlEqualTo(ORDER + "/goods-received-notes/grn_3")).willReturn(noContent()));
        api.stubFor(post(urlEqualTo(ORDER + "/goods-received-notes/grn_3/files")).willReturn(noContent()));
        PurchaseOrderService orders = client.purchaseOrders();

        assertThat(orders.goodsReceivedNotes("po_5e2d90")).containsExactly(NOTE);
        assertThat(orders.createGoodsReceivedNote("po_5e2d90", NewGoodsReceivedNote.builder().note("First delivery")
                .quantities(List.of(GoodsReceivedNoteItemQuantity.builder().purchaseOrderItemId("poi_1")
                        .quantity(new BigDecimal("2.500")).build()))
                .build())).isEqualTo(NOTE);
        orders.attachGoodsReceivedNoteFile("po_5e2d90", "grn_3", new FileUpload("DN-4471.pdf", "application/pdf", scan));
        orders.deleteGoodsReceivedNote("po_5e2d90", "grn_3");

        api.verify(1, sdkGet(ORDER + "/goods-received-notes"));
        api.verify(1, sdkJsonPost(ORDER + "/goods-received-notes").withRequestBody(equalToJson(
                "{\"note\":\"First delivery\",\"quantities\":[{\"purchaseOrderItemId\":\"poi_1\",\"quantity\":2.500}]}")));
        assertThat(api.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(ORDER + "/goods-received-notes") && e.getRequest().getMethod().getName().equals("POST"))
                .findFirst().orElseThrow().getRequest().getBodyAsString()).contains("\"quantity\":2.500");
        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(ORDER + "/goods-received-notes/grn_3/files")))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=\\S+"))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"DN-4471.pdf\""))
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(binaryEqualTo(scan))));
        api.verify(1, sdkDelete(ORDER + "/goods-received-notes/grn_3"));
        assertThat(NOTE.additionalProperties()).containsEntry("receivedBy", TextNode.valueOf("warehouse-2"));
    }
}
