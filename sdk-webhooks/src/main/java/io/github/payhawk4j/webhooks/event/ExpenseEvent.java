package io.github.payhawk4j.webhooks.event;

/**
 * Any expense event; handle this type to treat all of them alike.
 */
public sealed interface ExpenseEvent extends WebhookEvent
        permits ExpenseCreated, ExpenseReviewed, ExpenseApproved, ExpenseDeleted, ExpensePaymentDetailsUpdated {

    /** {@return the expense the event is about, or {@code null} if the payload has none} */
    String expenseId();
}
