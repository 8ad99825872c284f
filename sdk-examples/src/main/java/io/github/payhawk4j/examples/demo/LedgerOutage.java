package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.partnerapp.FaultInjection;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's deliberate fault: the ledger is "down" for the first review of one chosen expense, so that handler
 * fails once, the delivery is answered 500 and the sandbox retries it. Armed once; every later event passes.
 */
final class LedgerOutage implements FaultInjection {

    private final AtomicReference<String> armedFor = new AtomicReference<>();

    /** Makes the next {@code expense.reviewed} of {@code expenseId} fail once. */
    void failNextReviewOf(String expenseId) {
        armedFor.set(expenseId);
    }

    @Override
    public boolean shouldFail(WebhookEvent event) {
        if (!(event instanceof ExpenseReviewed reviewed)) {
            return false;
        }
        String target = armedFor.get();
        return target != null && target.equals(reviewed.expenseId()) && armedFor.compareAndSet(target, null);
    }
}
