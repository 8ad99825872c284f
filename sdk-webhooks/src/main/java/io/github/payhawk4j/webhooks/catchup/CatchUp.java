package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.query.ExpenseQuery;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Closes a {@link DeliveryGap} through the application's own handlers: lists what changed in the window through the
 * API, synthesizes the events Payhawk would have delivered, and runs each through
 * {@link WebhookDispatcher#dispatchCatchUp(WebhookEvent)}, the dispatcher's de-duplication and handlers, with
 * {@code HandlerContext.isCatchUp()} true. Immutable and thread-safe.
 *
 * <pre>{@code
 * CatchUp catchUp = CatchUp.of(dispatcher, client);
 * CatchUpResult result = catchUp.close(gap);
 * }</pre>
 *
 * <h2>What can be reconstructed</h2>
 * <ul>
 *   <li>{@code expense.created}, {@code expense.reviewed}: expenses whose {@code createdAt} / {@code reviewedAt} lies
 *       in the window.</li>
 *   <li>{@code payment.settled}: the settled payments of expenses whose {@code settledAt} lies in the window.</li>
 *   <li>{@code supplier.created}, {@code supplier.updated}: suppliers carry no dates, so every supplier (active and
 *       archived) is offered as a {@code supplier.updated} refresh; a handler that upserts the supplier's current
 *       state is right for both.</li>
 * </ul>
 * Not the others: {@code expense.approved} (no approval date to filter by), {@code expense.deleted} (a deleted
 * expense leaves the lists and has no deletion date), {@code expense.payment-details.updated},
 * {@code payment.authorized}, {@code payment.failed} and {@code payment.reverted} (no date of the change),
 * {@code deposit.received} (a deposit's only date is the date of the deposit, not when Payhawk received it, so no
 * window of it finds exactly the deposits received in the gap) and {@code purchase-order.status.changed} (a purchase
 * order shows its current status only, with no date of the change, and cannot be filtered by one). For those, {@link #close} answers {@link CatchUpResult.Outcome#NOT_RECONSTRUCTABLE} and the
 * gap is yours to reconcile (see docs/missed-deliveries.md).
 *
 * <h2>Exactly once</h2>
 * A synthesized event's delivery id is {@code catch-up:} plus its {@link EventKey} (for suppliers, plus
 * {@code @} and the gap's end), so catching up an overlapping window again, on this node or another, finds it in the
 * delivery store and skips it. A real delivery of the same change has Payhawk's own delivery id, which the API does
 * not reveal: handlers keep their effects once against it by the {@link EventKey}, which is the same for both.
 */
public final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    private static final String DUPLICATE = WebhookResponse.success("duplicate").body();

    private final WebhookDispatcher dispatcher;
    private final PayhawkClient client;
    private final int pageSize;

    private CatchUp(WebhookDispatcher dispatcher, PayhawkClient client, int pageSize) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.client = Objects.requireNonNull(client, "client");
        this.pageSize = pageSize;
    }

    /**
     * A catch-up that lists through {@code client} (in the gap's account) and runs events through {@code dispatcher}.
     * Give the dispatcher a delivery store shared by your nodes and kept across restarts ({@code JdbcDeliveryStore})
     * so a synthesized event is handled once in the cluster.
     */
    public static CatchUp of(WebhookDispatcher dispatcher, PayhawkClient client) {
        return new CatchUp(dispatcher, client, ExpenseQuery.MAX_TAKE);
    }

    /** The event types whose missed deliveries this version can reconstruct from the API. */
    public static Set<EventType> reconstructable() {
        return ChangeListing.RECONSTRUCTABLE;
    }

    /** Whether missed deliveries of {@code eventType} can be reconstructed from the API (see the class comment). */
    public static boolean canReconstruct(EventType eventType) {
        return ChangeListing.RECONSTRUCTABLE.contains(Objects.requireNonNull(eventType, "eventType"));
    }

    /**
     * Lists the gap's changes and runs them through the handlers, oldest first; stops at the first that fails, so the
     * gap stays open and a later call resumes (what was handled is then a duplicate).
     *
     * @return whether the gap is closed, with counts; never throws for a failed handler or API call
     */
    public CatchUpResult close(DeliveryGap gap) {
        Objects.requireNonNull(gap, "gap");
        if (!canReconstruct(gap.eventType())) {
            LOG.warn("Deliveries of {} to {} may be missing from {} to {}, and the API cannot list them; reconcile them"
                    + " yourself", gap.eventType(), gap.callbackUrl(), gap.from(), gap.to());
            return new CatchUpResult(gap, CatchUpResult.Outcome.NOT_RECONSTRUCTABLE, 0, 0, 0, Optional.empty());
        }
        List<WebhookEvent> events;
        try {
            events = new ChangeListing(client.account(gap.accountId()), pageSize).eventsIn(gap);
        } catch (RuntimeException e) {
            LOG.warn("Catch-up of {} from {} to {} could not list the changes; trying again at the next check",
                    gap.eventType(), gap.from(), gap.to(), e);
            return failed(gap, 0, 0, 0, "listing failed: " + e);
        }
        int processed = 0;
        int duplicates = 0;
        for (WebhookEvent event : events) {
            WebhookResponse answer = dispatcher.dispatchCatchUp(event);
            if (!answer.isSuccess()) {
                LOG.warn("Catch-up of {} stopped at {}: answered {}; trying again at the next check",
                        gap.eventType(), event.deliveryId(), answer.status());
                return failed(gap, events.size(), processed, duplicates,
                        event.deliveryId() + " answered " + answer.status() + " " + answer.body());
            }
            if (answer.body().equals(DUPLICATE)) {
                duplicates++;
            } else {
                processed++;
            }
        }
        LOG.info("Caught up {} from {} to {}: {} event(s), {} handled, {} already handled", gap.eventType(),
                gap.from(), gap.to(), events.size(), processed, duplicates);
        return new CatchUpResult(gap, CatchUpResult.Outcome.CLOSED, events.size(), processed, duplicates,
                Optional.empty());
    }

    private static CatchUpResult failed(DeliveryGap gap, int synthesized, int processed, int duplicates, String why) {
        return new CatchUpResult(gap, CatchUpResult.Outcome.FAILED, synthesized, processed, duplicates,
                Optional.of(why));
    }
}
