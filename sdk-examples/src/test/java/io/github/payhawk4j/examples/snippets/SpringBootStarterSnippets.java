package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The handler beans shown in docs/spring-boot.md. The starter's own tests (sdk-spring-boot) run handlers of this
 * shape in a Boot application on Boot 3.5 and 4.0; here they are compiled, so the page cannot drift from the API.
 */
final class SpringBootStarterSnippets {

    private SpringBootStarterSnippets() {
    }

    // tag::handler[]
    @Component
    static class BookApprovedExpenses implements WebhookHandler<ExpenseApproved> {

        private final List<String> booked = new CopyOnWriteArrayList<>();   // your ledger instead

        @Override
        public void handle(ExpenseApproved event, HandlerContext context) {
            Expense expense = context.expense();   // fetched once through the starter's PayhawkClient
            booked.add(expense.id());
        }
    }
    // end::handler[]

    // tag::group-handler[]
    @Component
    static class RefreshPayments implements WebhookHandler<PaymentEvent> {   // every payment.* event

        private static final Logger LOG = LoggerFactory.getLogger(RefreshPayments.class);

        @Override
        public void handle(PaymentEvent event, HandlerContext context) {
            LOG.info("payments of expense {}: {}", event.expenseId(), context.payments().size());
        }
    }
    // end::group-handler[]
}
