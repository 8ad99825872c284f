package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.query.CardQuery;

import java.util.Objects;

/** The card operations of one account, each defined once for the blocking and the async services. */
final class CardOperations {

    private static final String CARDS = "/accounts/{accountId}/cards";
    private static final String CARD = CARDS + "/{cardId}";

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Card> card;
    private final ResponseReader<Page<Card>> cardPage;

    CardOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.card = transport.json(Card.class);
        this.cardPage = transport.json(transport.type(Page.class, Card.class));
    }

    Operation<Page<Card>> list(CardQuery query) {
        ApiRequest request = ApiRequest.to("GET", CARDS, accountId);
        request = request.withQuery("$filter", query.filterJsonTree().map(transport::jsonText).orElse(null));
        request = request.withQuery("$skip", query.skip().map(String::valueOf).orElse(null));
        request = request.withQuery("$take", query.take().map(String::valueOf).orElse(null));
        return new Operation<>(request, cardPage);
    }

    /** The query each page of {@code listAll} sends: the caller's, with its {@code take} (default the maximum) as page size. */
    static CardQuery pageQuery(CardQuery query) {
        return query.toBuilder().take(query.take().orElse(CardQuery.MAX_TAKE)).build();
    }

    /** The offset {@code listAll} starts at. */
    static int firstSkip(CardQuery query) {
        return query.skip().orElse(0);
    }

    Operation<Card> issue(NewCard newCard) {
        Objects.requireNonNull(newCard, "card");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", CARDS, accountId), newCard), card);
    }

    Operation<Card> get(String cardId) {
        return new Operation<>(ApiRequest.to("GET", CARD, accountId, cardId), card);
    }

    Operation<Card> update(String cardId, CardPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", CARD, accountId, cardId), patch), card);
    }

    Operation<Void> updateStatus(String cardId, CardStatusUpdate update) {
        Objects.requireNonNull(update, "update");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", CARD + "/status", accountId, cardId), update),
                ApiTransport.noContent());
    }
}
