package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Address;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatus;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.model.card.RequestedCardStatus;
import io.github.payhawk4j.query.CardQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CardService: list (filtered, paged), issue, get, update and status of cards. */
class CardServiceTest {

    private static final String CARDS = "/api/v3/accounts/acme_logistics/cards";
    private static final String CARD_JSON = """
            {"id":"card_1","userId":"usr_ana","fundAccountId":"1001","limit":2500.00,"isPhysical":true,"isAtmAllowed":false,
             "name":"Travel","deliveryAddress":{"address":"1 Vitosha Blvd","address2":"fl. 3","country":"BG","city":"Sofia",
             "state":"Sofia-city","postalCode":"1000","building":"A"},
             "createdAt":"2026-03-04T05:06:07.080Z","currency":"EUR","status":"active","budgetLeft":1234.10,
             "spentAmount":1265.90,"approvedFunds":2500.00,"embossName":"ANA PETROVA","pinSet":true}""";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    static Card card() {
        return Card.builder().id("card_1").userId("usr_ana").fundAccountId("1001").limit(new BigDecimal("2500.00"))
                .isPhysical(true).isAtmAllowed(false).name("Travel")
                .deliveryAddress(Address.builder().address("1 Vitosha Blvd").address2("fl. 3").country("BG").city("Sofia")
                        .state("Sofia-city").postalCode("1000")
                        .putAdditionalProperty("building", JsonNodeFactory.instance.textNode("A")).build())
                .createdAt(Instant.parse("2026-03-04T05:06:07.080Z")).currency("EUR").status(CardStatus.ACTIVE)
                .budgetLeft(new BigDecimal("1234.10")).spentAmount(new BigDecimal("1265.90"))
                .approvedFunds(new BigDecimal("2500.00")).embossName("ANA PETROVA")
                .putAdditionalProperty("pinSet", JsonNodeFactory.instance.booleanNode(true)).build();
    }

    private static String page(int total, String... ids) {
        List<String> items = new ArrayList<>();
        for (String id : ids) {
            items.add(CARD_JSON.replace("card_1", id));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"total\":" + total + "}";
    }

    @Test
    @DisplayName("list(query) sends holder and status as $and in $filter, and the page window, exactly encoded")
    void listsWithAQuery() {
        String url = CARDS + "?%24filter=%7B%22%24and%22%3A%5B%7B%22userId%22%3A%7B%22%24equal%22%3A%22usr_ana%22%7D%7D%2C"
                + "%7B%22status%22%3A%7B%22%24equal%22%3A%22blocked_by_admin%22%7D%7D%5D%7D&%24skip=3&%24take=7";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(page(4, "card_1"))));
        CardQuery query = CardQuery.builder().userId("usr_ana").status(CardStatus.BLOCKED_BY_ADMIN).skip(3).take(7).build();

        Page<Card> page = client.cards().list(query);

        assertThat(page.items()).containsExactly(card());
        assertThat(page.total()).isEqualTo(4);
        assertThat(client.async().cards().list(query).join()).isEqualTo(page);
        assertThat(client.cards().withRawResponse().list(query).value()).isEqualTo(page);
        assertThat(client.async().cards().withRawResponse().list(query).join().value()).isEqualTo(page);
        api.verify(4, sdkGet(url));
    }

    @Test
    @DisplayName("one filter condition is sent alone; an unknown status stays readable")
    void sendsOneConditionAlone() {
        String url = CARDS + "?%24filter=%7B%22status%22%3A%7B%22%24equal%22%3A%22active%22%7D%7D";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(page(1, "card_1").replace("\"active\"", "\"frozen_by_bank\""))));

        Card read = client.cards().list(CardQuery.builder().status(CardStatus.ACTIVE).build()).items().get(0);

        assertThat(read.status().value()).isEqualTo("frozen_by_bank");
        assertThat(read.status().known()).isEqualTo(CardStatus.Known.UNKNOWN);
    }

    @Test
    @DisplayName("listAll walks every page with the filter kept, blocking and async")
    void walksAllPages() {
        String filter = "%24filter=%7B%22userId%22%3A%7B%22%24equal%22%3A%22usr_ana%22%7D%7D";
        api.stubFor(get(urlEqualTo(CARDS + "?" + filter + "&%24skip=0&%24take=2")).willReturn(okJson(page(3, "c1", "c2"))));
        api.stubFor(get(urlEqualTo(CARDS + "?" + filter + "&%24skip=2&%24take=2")).willReturn(okJson(page(3, "c3"))));
        CardQuery query = CardQuery.builder().userId("usr_ana").take(2).build();

        List<String> ids = client.cards().listAll(query).stream().map(Card::id).toList();
        List<String> asyncIds = new ArrayList<>();
        client.async().cards().listAll(query).thenCompose(first -> first.forEach(card -> asyncIds.add(card.id()))).join();

        assertThat(ids).containsExactly("c1", "c2", "c3");
        assertThat(asyncIds).containsExactly("c1", "c2", "c3");
    }

    @Test
    @DisplayName("issue(card) POSTs the new card as JSON, amounts with their scale, and reads the 201")
    void issuesACard() {
        api.stubFor(post(urlEqualTo(CARDS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CARD_JSON)));
        NewCard newCard = NewCard.builder().userId("usr_ana").fundAccountId("1001").limit(new BigDecimal("2500.00"))
                .isPhysical(true).isAtmAllowed(false).name("Travel")
                .deliveryAddress(Address.builder().address("1 Vitosha Blvd").country("BG").city("Sofia").postalCode("1000").build())
                .build();

        assertThat(client.cards().issue(newCard)).isEqualTo(card());
        assertThat(client.async().cards().issue(newCard).join()).isEqualTo(card());
        assertThat(client.cards().withRawResponse().issue(newCard).statusCode()).isEqualTo(201);
        assertThat(client.async().cards().withRawResponse().issue(newCard).join().value()).isEqualTo(card());

        api.verify(4, sdkJsonPost(CARDS).withRequestBody(equalToJson("""
                {"userId":"usr_ana","fundAccountId":"1001","limit":2500.00,"isPhysical":true,"isAtmAllowed":false,
                 "name":"Travel","deliveryAddress":{"address":"1 Vitosha Blvd","country":"BG","city":"Sofia","postalCode":"1000"}}""")));
        assertThat(api.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("\"limit\":2500.00");
    }

    @Test
    @DisplayName("a new card, a delivery address or a status change missing what Payhawk requires is refused when built")
    void refusesIncompleteRequests() {
        NewCard.Builder almost = NewCard.builder().userId("usr_ana").fundAccountId("1001").limit(BigDecimal.TEN).isPhysical(false);
        assertThatThrownBy(almost::build).isInstanceOf(NullPointerException.class).hasMessageContaining("isAtmAllowed");
        assertThatThrownBy(() -> almost.isAtmAllowed(false).deliveryAddress(Address.builder().address("x").country("BG")
                .city("Sofia").build()).build()).isInstanceOf(NullPointerException.class).hasMessageContaining("deliveryAddress.postalCode");
        assertThatThrownBy(() -> CardStatusUpdate.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("status");
        assertThatThrownBy(() -> CardPatch.builder().budgetLeft(new BigDecimal("-0.01")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetLeft");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("get(id) sends GET .../cards/{id}; update PATCHes the budget; updateStatus POSTs .../status and reads the 204")
    void getsUpdatesAndChangesStatus() {
        String url = CARDS + "/card_1";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(CARD_JSON)));
        api.stubFor(patch(urlEqualTo(url)).willReturn(okJson(CARD_JSON)));
        api.stubFor(post(urlEqualTo(url + "/status")).willReturn(noContent()));
        CardPatch change = CardPatch.builder().budgetLeft(new BigDecimal("1234.10")).build();
        CardStatusUpdate block = CardStatusUpdate.of(RequestedCardStatus.BLOCKED);

        assertThat(client.cards().get("card_1")).isEqualTo(card());
        assertThat(client.async().cards().get("card_1").join()).isEqualTo(card());
        assertThat(client.cards().withRawResponse().get("card_1").value()).isEqualTo(card());
        assertThat(client.async().cards().withRawResponse().get("card_1").join().value()).isEqualTo(card());
        assertThat(client.cards().update("card_1", change)).isEqualTo(card());
        assertThat(client.async().cards().update("card_1", change).join()).isEqualTo(card());
        assertThat(client.cards().withRawResponse().update("card_1", change).value()).isEqualTo(card());
        assertThat(client.async().cards().withRawResponse().update("card_1", change).join().value()).isEqualTo(card());
        client.cards().updateStatus("card_1", block);
        client.async().cards().updateStatus("card_1", block).join();
        assertThat(client.cards().withRawResponse().updateStatus("card_1", block).statusCode()).isEqualTo(204);
        assertThat(client.async().cards().withRawResponse().updateStatus("card_1", block).join().statusCode()).isEqualTo(204);

        api.verify(4, sdkGet(url));
        api.verify(4, sdkJsonPatch(url).withRequestBody(equalToJson("{\"budgetLeft\":1234.10}")));
        api.verify(4, sdkJsonPost(url + "/status").withRequestBody(equalToJson("{\"status\":\"blocked\"}")));
    }
}
