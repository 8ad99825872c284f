package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.query.CardQuery;
import io.github.payhawk4j.service.AutoPagingIterable;
import io.github.payhawk4j.service.CardService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.function.Consumer;

/** The blocking {@link CardService}. */
public final class CardServiceImpl implements CardService {

    private final OperationRunner runner;
    private final CardOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public CardServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new CardOperations(runner.transport(), accountId));
    }

    private CardServiceImpl(OperationRunner runner, CardOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CardService withOptions(Consumer<RequestOptions.Builder> options) {
        return new CardServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public Page<Card> list(CardQuery query) {
        return runner.value(operations.list(query));
    }

    @Override
    public AutoPagingIterable<Card> listAll(CardQuery query) {
        CardQuery pageQuery = CardOperations.pageQuery(query);
        return AutoPagingIterable.of(CardOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public Card issue(NewCard card) {
        return runner.value(operations.issue(card));
    }

    @Override
    public Card get(String cardId) {
        return runner.value(operations.get(cardId));
    }

    @Override
    public Card update(String cardId, CardPatch patch) {
        return runner.value(operations.update(cardId, patch));
    }

    @Override
    public void updateStatus(String cardId, CardStatusUpdate update) {
        runner.value(operations.updateStatus(cardId, update));
    }

    @Override
    public String toString() {
        return "CardService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<Page<Card>> list(CardQuery query) {
            return runner.raw(operations.list(query));
        }

        @Override
        public RawResponse<Card> issue(NewCard card) {
            return runner.raw(operations.issue(card));
        }

        @Override
        public RawResponse<Card> get(String cardId) {
            return runner.raw(operations.get(cardId));
        }

        @Override
        public RawResponse<Card> update(String cardId, CardPatch patch) {
            return runner.raw(operations.update(cardId, patch));
        }

        @Override
        public RawResponse<Void> updateStatus(String cardId, CardStatusUpdate update) {
            return runner.raw(operations.updateStatus(cardId, update));
        }
    }
}
