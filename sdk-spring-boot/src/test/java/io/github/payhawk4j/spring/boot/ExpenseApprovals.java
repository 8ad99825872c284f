package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import org.slf4j.MDC;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The example app's handler: a plain class, a bean only through {@code @Import}; it remembers what it saw. */
public class ExpenseApprovals implements WebhookHandler<ExpenseApproved> {

    final List<String> expenseIds = new CopyOnWriteArrayList<>();
    final List<String> mdcDeliveryIds = new CopyOnWriteArrayList<>();

    @Override
    public void handle(ExpenseApproved event, HandlerContext context) {
        mdcDeliveryIds.add(String.valueOf(MDC.get("payhawk.deliveryId")));
        expenseIds.add(event.expenseId());
    }
}
