package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.SupplierSync;
import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.SupplierEvent;

import java.util.Objects;
import java.util.function.Consumer;

/** Use case 3, after {@code supplier.created} or {@code supplier.updated}: fetch the supplier and upsert it with its bank details. */
public final class UpsertSupplierOnChange implements WebhookHandler<SupplierEvent> {

    private final ErpLedger ledger;
    private final Consumer<String> progress;

    /**
     * The handler.
     *
     * @param ledger   where suppliers are kept
     * @param progress told one line per supplier change
     */
    public UpsertSupplierOnChange(ErpLedger ledger, Consumer<String> progress) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void handle(SupplierEvent event, HandlerContext context) {
        SupplierSync sync = ledger.upsertSupplier(context.supplier());
        progress.accept(String.format("%-17s supplier %-5s -> %s %s, IBAN %s (revision %d)", event.eventType(),
                sync.supplier().payhawkId(), sync.outcome().name().toLowerCase(java.util.Locale.ROOT),
                sync.supplier().name(), sync.supplier().iban(), sync.supplier().revision()));
    }
}
