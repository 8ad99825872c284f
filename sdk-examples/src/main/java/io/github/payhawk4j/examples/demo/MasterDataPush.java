package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpMasterData;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.sync.MasterDataSync;
import io.github.payhawk4j.sync.SyncPlan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The first use case of the day: the ERP pushes its chart of accounts, tax rates and cost centres into Payhawk
 * through {@link MasterDataSync}, then pushes them again to show that a second run changes nothing.
 */
final class MasterDataPush {

    /** The external id of Payhawk's "Cost centre" custom field, which the ERP owns. */
    static final String COST_CENTRE_FIELD = "cost-centre";

    private final PayhawkClient client;
    private final PrintStream out;

    MasterDataPush(PayhawkClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** Pushes {@code erp} twice; returns what each run of each list planned. */
    List<PushedList> push(ErpMasterData erp) {
        out.println("-> the ERP pushes its master data into Payhawk (changes only; then again, which changes nothing)");
        String costCentreFieldId = costCentreField().id();
        List<PushedList> pushed = new ArrayList<>();
        pushed.add(twice("account codes", MasterDataSync.accountCodes(client.accountCodes()), erp.accountCodes()));
        pushed.add(twice("tax rates", MasterDataSync.taxRates(client.taxRates()), erp.taxRates()));
        pushed.add(twice("cost centres", MasterDataSync.customFieldValues(client.customFields().values(costCentreFieldId)),
                erp.costCentres()));
        return pushed;
    }

    /** Payhawk's "Cost centre" custom field, created on the first push. */
    private CustomField costCentreField() {
        return client.customFields().list().stream()
                .filter(field -> COST_CENTRE_FIELD.equals(field.externalId()))
                .findFirst()
                .orElseGet(() -> client.customFields().create(NewCustomField.builder().label("Cost centre")
                        .externalId(COST_CENTRE_FIELD).externalSource("erp").isRequired(true).build()));
    }

    private <D, R> PushedList twice(String name, MasterDataSync<D, R> sync, List<D> erpList) {
        SyncPlan<D, R> first = sync.sync(erpList);
        SyncPlan<D, R> second = sync.sync(erpList);
        out.printf("  %-13s %s; second run: %s%n", name, first, second.isEmpty() ? "nothing to change" : second);
        return new PushedList(name, first, second);
    }

    /**
     * What pushing one list did.
     *
     * @param name   the list, e.g. "tax rates"
     * @param first  the changes the first run made
     * @param second the changes the second run made; empty when the first converged
     */
    record PushedList(String name, SyncPlan<?, ?> first, SyncPlan<?, ?> second) {
    }
}
