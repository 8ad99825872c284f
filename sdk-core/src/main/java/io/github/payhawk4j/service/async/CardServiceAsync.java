package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.query.CardQuery;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.CardService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().cards()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CardServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CardServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of the cards matching {@code query}. */
    CompletableFuture<Page<Card>> list(CardQuery query);

    /**
     * The first page of every card matching {@code query}, from which {@link AsyncPage#nextPage()} and
     * {@link AsyncPage#forEach} reach the rest, one page at a time and without a thread waiting for each.
     */
    CompletableFuture<AsyncPage<Card>> listAll(CardQuery query);

    /** Issues a new card and returns it. */
    CompletableFuture<Card> issue(NewCard card);

    /** The card with {@code cardId}. */
    CompletableFuture<Card> get(String cardId);

    /** Applies {@code patch} (the funds left on the card) and returns the updated card. */
    CompletableFuture<Card> update(String cardId, CardPatch patch);

    /** Activates, blocks or closes the card. */
    CompletableFuture<Void> updateStatus(String cardId, CardStatusUpdate update);

    /** The calls of {@link CardServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CardServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<Page<Card>>> list(CardQuery query);

        /** {@link CardServiceAsync#issue}, with the response. */
        CompletableFuture<RawResponse<Card>> issue(NewCard card);

        /** {@link CardServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Card>> get(String cardId);

        /** {@link CardServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<Card>> update(String cardId, CardPatch patch);

        /** {@link CardServiceAsync#updateStatus}, with the response. */
        CompletableFuture<RawResponse<Void>> updateStatus(String cardId, CardStatusUpdate update);
    }
}
