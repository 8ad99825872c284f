package io.github.payhawk4j.service;

import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.card.Card;
import io.github.payhawk4j.model.card.CardPatch;
import io.github.payhawk4j.model.card.CardStatusUpdate;
import io.github.payhawk4j.model.card.NewCard;
import io.github.payhawk4j.query.CardQuery;

import java.util.function.Consumer;

/**
 * Cards of one account: list (filtered by holder and status, paged), issue, get, update and change status.
 * {@code client.async().cards()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CardService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CardService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** One page of the cards matching {@code query}. */
    Page<Card> list(CardQuery query);

    /**
     * Every card matching {@code query}, fetched lazily page by page as you iterate or stream. The query's
     * filter is sent with every page; its {@code take} is the page size (default {@value CardQuery#MAX_TAKE}) and its
     * {@code skip} the first offset.
     */
    AutoPagingIterable<Card> listAll(CardQuery query);

    /** Issues a new card and returns it. */
    Card issue(NewCard card);

    /** The card with {@code cardId}. */
    Card get(String cardId);

    /** Applies {@code patch} (the funds left on the card) and returns the updated card. */
    Card update(String cardId, CardPatch patch);

    /** Activates, blocks or closes the card. */
    void updateStatus(String cardId, CardStatusUpdate update);

    /** The calls of {@link CardService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CardService#list}, with the response. */
        RawResponse<Page<Card>> list(CardQuery query);

        /** {@link CardService#issue}, with the response. */
        RawResponse<Card> issue(NewCard card);

        /** {@link CardService#get}, with the response. */
        RawResponse<Card> get(String cardId);

        /** {@link CardService#update}, with the response. */
        RawResponse<Card> update(String cardId, CardPatch patch);

        /** {@link CardService#updateStatus}, with the response. */
        RawResponse<Void> updateStatus(String cardId, CardStatusUpdate update);
    }
}
