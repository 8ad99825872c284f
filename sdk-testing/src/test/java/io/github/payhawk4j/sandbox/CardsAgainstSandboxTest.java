package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Address;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatus;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.model.card.RequestedCardStatus;
import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserRole;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.query.CardQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cards through the SDK against the sandbox: issue, list filtered and paged, get, update the budget, block and close. */
class CardsAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;
    private AccountUser ana;
    private String fundAccount;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl())
                .build();
        ana = client.users().invite(NewAccountUser.builder().email("ana@acme.com").role(AccountUserRole.EMPLOYEE)
                .firstName("Ana").lastName("Petrova").build());
        fundAccount = sandbox.account().defaultFundAccountId();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private NewCard.Builder virtualCard(String userId) {
        return NewCard.builder().userId(userId).fundAccountId(fundAccount).limit(new BigDecimal("500.00"))
                .isPhysical(false).isAtmAllowed(false);
    }

    @Test
    void issuedCardsAreListedFilteredPagedAndFetched() {
        Card virtual = client.cards().issue(virtualCard(ana.id()).name("Online").build());
        Card physical = client.async().cards().issue(virtualCard(ana.id()).isPhysical(true).isAtmAllowed(true)
                .deliveryAddress(Address.builder().address("1 Vitosha Blvd").country("BG").city("Sofia").postalCode("1000").build())
                .build()).join();

        assertThat(virtual.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(virtual.limit().toPlainString()).isEqualTo("500.00");
        assertThat(virtual.budgetLeft().toPlainString()).isEqualTo("500.00");
        assertThat(virtual.currency()).isEqualTo(sandbox.account().baseCurrency());
        assertThat(virtual.createdAt()).isNotNull();
        assertThat(physical.status()).isEqualTo(CardStatus.ISSUING);
        assertThat(physical.embossName()).isEqualTo("Ana Petrova");
        assertThat(physical.deliveryAddress().city()).isEqualTo("Sofia");

        Page<Card> all = client.cards().list(CardQuery.all());
        assertThat(all.items()).containsExactly(virtual, physical);
        assertThat(client.cards().list(CardQuery.builder().status(CardStatus.ISSUING).build()).items()).containsExactly(physical);
        assertThat(client.cards().list(CardQuery.builder().userId(ana.id()).status(CardStatus.ACTIVE).build()).items())
                .containsExactly(virtual);
        assertThat(client.cards().list(CardQuery.builder().userId("usr_none").build()).total()).isZero();
        assertThat(client.cards().listAll(CardQuery.builder().take(1).build()).stream().map(Card::id))
                .containsExactly(virtual.id(), physical.id());
        assertThat(client.cards().get(physical.id())).isEqualTo(physical);
        assertThatThrownBy(() -> client.cards().get("card_none")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theBudgetIsUpdatedAndTheStatusChangedUntilClosed() {
        Card card = client.cards().issue(virtualCard(ana.id()).build());

        Card topped = client.cards().update(card.id(), CardPatch.builder().budgetLeft(new BigDecimal("750.50")).build());
        assertThat(topped.budgetLeft().toPlainString()).isEqualTo("750.50");
        assertThat(client.cards().get(card.id()).budgetLeft()).isEqualTo(new BigDecimal("750.50"));

        client.cards().updateStatus(card.id(), CardStatusUpdate.of(RequestedCardStatus.BLOCKED));
        assertThat(client.cards().get(card.id()).status()).isEqualTo(CardStatus.BLOCKED_BY_ADMIN);
        client.cards().updateStatus(card.id(), CardStatusUpdate.of(RequestedCardStatus.ACTIVE));
        assertThat(client.cards().get(card.id()).status()).isEqualTo(CardStatus.ACTIVE);
        client.async().cards().updateStatus(card.id(), CardStatusUpdate.of(RequestedCardStatus.CLOSED)).join();
        assertThat(client.cards().list(CardQuery.builder().status(CardStatus.CLOSED).build()).items())
                .extracting(Card::id).containsExactly(card.id());

        assertThatThrownBy(() -> client.cards().updateStatus(card.id(), CardStatusUpdate.of(RequestedCardStatus.ACTIVE)))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> client.cards().updateStatus("card_none", CardStatusUpdate.of(RequestedCardStatus.ACTIVE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badCardsAreRefused() {
        assertThatThrownBy(() -> client.cards().issue(virtualCard("usr_none").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("usr_none");
        assertThatThrownBy(() -> client.cards().issue(virtualCard(ana.id()).fundAccountId("fa_none").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("fa_none");
        Card card = client.cards().issue(virtualCard(ana.id()).build());
        assertThatThrownBy(() -> client.cards().updateStatus(card.id(), CardStatusUpdate.of(RequestedCardStatus.of("lost"))))
                .isInstanceOf(InvalidRequestException.class);

        SandboxApi api = new SandboxApi(sandbox);
        String cards = "/api/v3/accounts/" + sandbox.accountId() + "/cards";
        assertThat(api.post(cards, "{\"userId\":\"" + ana.id() + "\",\"fundAccountId\":\"" + fundAccount
                + "\",\"limit\":\"lots\",\"isPhysical\":false,\"isAtmAllowed\":false}").status()).isEqualTo(400);
        assertThat(api.post(cards, "{\"userId\":\"" + ana.id() + "\",\"fundAccountId\":\"" + fundAccount
                + "\",\"limit\":10,\"isPhysical\":false}").status()).isEqualTo(400);
        assertThat(api.patch(cards + "/" + card.id(), "{\"budgetLeft\":-1}").status()).isEqualTo(400);
        assertThat(api.get(cards + "?$take=1001").status()).isEqualTo(400);
        assertThat(client.cards().list(CardQuery.all()).total()).isEqualTo(1);
    }

    @Test
    void theRateLimitAppliesToCardCalls() {
        AtomicLong frozen = new AtomicLong();
        try (PayhawkSandbox limited = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1))
                .rateLimitTicker(frozen::get).start()) {
            PayhawkClient impatient = PayhawkClient.builder().apiKey(limited.apiKey()).accountId(limited.accountId())
                    .baseUrl(limited.baseUrl()).disableRateLimit().maxRetries(0).build();
            for (int i = 0; i < 15; i++) {
                impatient.cards().list(CardQuery.all());
            }
            assertThatThrownBy(() -> impatient.cards().get("card_1")).isInstanceOf(RateLimitedException.class);
        }
    }
}
