package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.client.AccountScope;
import io.github.payhawk4j.webhooks.HandlerContext;

/** The account a delivery belongs to, for calls back to Payhawk; the client's default when the envelope names none. */
final class EventAccount {

    private EventAccount() {
    }

    static AccountScope of(HandlerContext context) {
        return context.event().accountId() != null ? context.account() : context.client().defaultAccount();
    }
}
