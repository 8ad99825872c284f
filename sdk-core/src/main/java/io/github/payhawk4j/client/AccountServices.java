package io.github.payhawk4j.client;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The services of one account scope, blocking or async, each created when first asked for: a client that only
 * reads expenses loads and builds no other service (nor the models and readers their operations name). Each
 * service has a slot; every caller of a slot gets the same instance. Thread-safe.
 */
final class AccountServices {

    static final int EXPENSES = 0;
    static final int WEBHOOKS = 1;
    static final int SUPPLIERS = 2;
    static final int DEPOSITS = 3;
    static final int PURCHASE_ORDERS = 4;
    static final int TEAMS = 5;
    static final int CARDS = 6;
    static final int USERS = 7;
    static final int EXPENSE_CATEGORIES = 8;
    static final int FUND_ACCOUNTS = 9;
    static final int CUSTOM_FIELDS = 10;
    static final int ACCOUNT_CODES = 11;
    static final int TAX_RATES = 12;
    static final int AMORTIZATIONS = 13;
    static final int EXTERNAL_TEAMS = 14;
    private static final int SLOTS = 15;

    private final AtomicReferenceArray<Object> services = new AtomicReferenceArray<>(SLOTS);
    private final IntFunction<Object> create;

    /** @param create makes the service of a slot */
    AccountServices(IntFunction<Object> create) {
        this.create = create;
    }

    /** The service in {@code slot}, created on first use. */
    Object get(int slot) {
        Object service = services.get(slot);
        if (service == null) {
            Object created = create.apply(slot);
            // A racing thread may have set it meanwhile: keep the first, so the accessor always returns one instance.
            service = services.compareAndExchange(slot, null, created);
            if (service == null) {
                service = created;
            }
        }
        return service;
    }
}
