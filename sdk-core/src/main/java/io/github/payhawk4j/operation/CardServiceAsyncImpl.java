package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.query.CardQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.AsyncPage;
import io.github.payhawk4j.service.async.CardServiceAsync;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link CardServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class CardServiceAsyncImpl implements CardServiceAsync {

    private final OperationRunner runner;
    private final CardOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public CardServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new CardOperations(runner.transport(), accountId));
    }

    private CardServiceAsyncImpl(OperationRunner runner, CardOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public CardServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new CardServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<Page<Card>> list(CardQuery query) {
        return runner.valueAsync(() -> operations.list(query));
    }

    @Override
    public CompletableFuture<AsyncPage<Card>> listAll(CardQuery query) {
        CardQuery pageQuery;
        try {
            pageQuery = CardOperations.pageQuery(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPage.first(CardOperations.firstSkip(query), skip -> list(pageQuery.withSkip(skip)));
    }

    @Override
    public CompletableFuture<Card> issue(NewCard card) {
        return runner.valueAsync(() -> operations.issue(card));
    }

    @Override
    public CompletableFuture<Card> get(String cardId) {
        return runner.valueAsync(() -> operations.get(cardId));
    }

    @Override
    public CompletableFuture<Card> update(String cardId, CardPatch patch) {
        return runner.valueAsync(() -> operations.update(cardId, patch));
    }

    @Override
    public CompletableFuture<Void> updateStatus(String cardId, CardStatusUpdate update) {
        return runner.valueAsync(() -> operations.updateStatus(cardId, update));
    }

    @Override
    public String toString() {
        return "CardServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<Page<Card>>> list(CardQuery query) {
            return runner.rawAsync(() -> operations.list(query));
        }

        @Override
        public CompletableFuture<RawResponse<Card>> issue(NewCard card) {
            return runner.rawAsync(() -> operations.issue(card));
        }

        @Override
        public CompletableFuture<RawResponse<Card>> get(String cardId) {
            return runner.rawAsync(() -> operations.get(cardId));
        }

        @Override
        public CompletableFuture<RawResponse<Card>> update(String cardId, CardPatch patch) {
            return runner.rawAsync(() -> operations.update(cardId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> updateStatus(String cardId, CardStatusUpdate update) {
            return runner.rawAsync(() -> operations.updateStatus(cardId, update));
        }
    }
}
