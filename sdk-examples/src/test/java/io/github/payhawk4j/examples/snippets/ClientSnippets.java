package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseFilterStatus;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The client code shown in README.md and docs/client.md; {@code ClientSnippetsTest} runs it against the sandbox. */
final class ClientSnippets {

    private ClientSnippets() {
    }

    static PayhawkClient buildClient() {
        // tag::build-client[]
        PayhawkClient client = PayhawkClient.builder()
                .apiKey(System.getenv("PAYHAWK_API_KEY"))
                .accountId(System.getenv("PAYHAWK_ACCOUNT_ID"))
                .build();
        // end::build-client[]
        return client;
    }

    static PayhawkClient configureClient(String apiKey, String baseUrl) {
        // tag::configure-client[]
        PayhawkClient client = PayhawkClient.builder()
                .apiKey(apiKey)                       // required; never logged or shown in toString()
                .accountId("acme_ltd_5f2c")           // default account for client.expenses() etc.
                .baseUrl(baseUrl)                     // default https://api.payhawk.com
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(20))
                .maxRetries(3)                        // retries after the first attempt
                .rateLimit(15)                        // requests per sliding second, per client
                .appInfo("acme-erp-sync/2.1")         // appended to the User-Agent
                .build();
        // end::configure-client[]
        return client;
    }

    static BigDecimal quickStart(PayhawkClient client) {
        // tag::quick-start[]
        ExpenseQuery ready = ExpenseQuery.builder()
                .filter(ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY))
                .orderBy(ExpenseOrder.CREATED_AT_ASC)
                .build();
        BigDecimal total = BigDecimal.ZERO;
        for (Expense expense : client.expenses().listAll(ready)) {   // pages are fetched as you go
            total = total.add(expense.reconciliation().baseTotalAmount());
        }
        System.out.println("Ready to export: " + total);
        // end::quick-start[]
        return total;
    }

    static List<Expense> accountScope(PayhawkClient client, String expenseId, String otherExpenseId) {
        // tag::account-scope[]
        Expense onDefault = client.expenses().get(expenseId);
        Expense onOther = client.account("acme_gmbh_81aa").expenses().get(otherExpenseId);
        // end::account-scope[]
        return List.of(onDefault, onOther);
    }

    static Page<Expense> filterAndPage(PayhawkClient client) {
        // tag::filter[]
        ExpenseFilter filter = ExpenseFilter.and(
                ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY),
                ExpenseFilter.supplierName().contains("Lufthansa"),
                ExpenseFilter.createdAt().greaterThan(LocalDate.of(2025, 12, 31)),  // from 2026-01-01 (UTC)
                ExpenseFilter.or(
                        ExpenseFilter.type().equalTo("card"),
                        ExpenseFilter.baseTotalAmount().greaterThan(new BigDecimal("1000.00"))));
        ExpenseQuery query = ExpenseQuery.builder()
                .filter(filter)
                .orderBy(ExpenseOrder.CREATED_AT_ASC)
                .skip(0)
                .take(100)                                     // 1 to 1000
                .build();
        Page<Expense> page = client.expenses().list(query);    // one page
        System.out.println(page.items().size() + " of " + page.total());
        // end::filter[]
        return page;
    }

    static long stream(PayhawkClient client, ExpenseQuery query) {
        // tag::stream[]
        long cardExpenses = client.expenses().listAll(query).stream()
                .filter(expense -> expense.type().value().equals("card"))
                .count();
        // end::stream[]
        return cardExpenses;
    }

    static Optional<Expense> errors(PayhawkClient client, String expenseId) {
        // tag::errors[]
        try {
            return Optional.of(client.expenses().get(expenseId));
        } catch (NotFoundException e) {
            return Optional.empty();                               // 404: no such expense in this account
        } catch (RateLimitedException e) {
            Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
            throw new IllegalStateException("still rate limited after retries; try again in " + wait, e);
        } catch (PayhawkException e) {
            // status, Payhawk's code and message, method, path and request id; never the API key
            System.err.println(e.statusCode() + " " + e.code().orElse("-") + " " + e.getMessage());
            throw e;
        }
        // end::errors[]
    }

    static Expense writeBack(PayhawkClient client, String expenseId) {
        // tag::external-links[]
        Expense updated = client.expenses().update(expenseId, ExpensePatch.externalLinks(List.of(
                ExternalLink.of("ERP journal JE-2026-0042", "https://erp.example.com/journal/JE-2026-0042"))));
        // end::external-links[]
        return updated;
    }

    static List<Expense> async(PayhawkClient client, List<String> expenseIds) {
        // tag::async[]
        List<CompletableFuture<Expense>> futures = expenseIds.stream()
                .map(id -> client.expenses().getAsync(id))        // same retries, rate limit and errors
                .toList();
        List<Expense> expenses = futures.stream().map(CompletableFuture::join).toList();
        // end::async[]
        return expenses;
    }

    static WebhookSubscription subscribe(PayhawkClient client, String callbackUrl) {
        // tag::subscriptions[]
        EnsuredSubscription ensured = client.webhooks()
                .ensure(EventType.EXPENSE_REVIEWED, callbackUrl);   // reuses an active one, else creates
        ensured.deliveryGapSince().ifPresent(since ->               // it replaced one Payhawk had deactivated
                System.out.println("catch up: deliveries since " + since + " may be missing"));
        WebhookSubscription subscription = ensured.subscription();
        List<WebhookSubscription> all = client.webhooks().list();
        System.out.println(all.size() + " subscriptions; this one is " + subscription.status());
        // end::subscriptions[]
        return subscription;
    }

    static List<String> approvedSince(PayhawkClient client, Instant since) {
        // tag::approved-since[]
        // The list filter cannot see approvals: narrow by creation (approvals here take at most 90 days) ...
        ExpenseQuery candidates = ExpenseQuery.builder()
                .filter(ExpenseFilter.createdAt().greaterThan(since.minus(Duration.ofDays(90))))
                .build();
        // ... then ask each candidate's workflow, all at once: the client's rate limiter paces the calls.
        Map<String, CompletableFuture<ExpenseWorkflowStatus>> workflows = new LinkedHashMap<>();
        for (Expense expense : client.expenses().listAll(candidates)) {
            workflows.put(expense.id(), client.expenses().workflowAsync(expense.id()));
        }
        List<String> approved = workflows.entrySet().stream()
                .filter(entry -> {
                    Instant approvedAt = entry.getValue().join().approvedAt();
                    return approvedAt != null && !approvedAt.isBefore(since);
                })
                .map(Map.Entry::getKey)
                .toList();
        // end::approved-since[]
        return approved;
    }

    static void unsubscribe(PayhawkClient client, String subscriptionId) {
        // tag::unsubscribe[]
        client.webhooks().delete(subscriptionId);
        // end::unsubscribe[]
    }
}
