package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.sync.MasterDataSync;
import io.github.payhawk4j.sync.SyncFailedException;
import io.github.payhawk4j.sync.SyncPlan;

import java.util.List;

/** The master-data recipe of docs/erp-sync.md; {@code MasterDataSyncSnippetsTest} runs it against the sandbox. */
final class MasterDataSyncSnippets {

    private MasterDataSyncSnippets() {
    }

    static String costCentreField(PayhawkClient client) {
        // tag::find-cost-centre-field[]
        CustomField costCentre = client.customFields().list().stream()
                .filter(field -> "cost-centre".equals(field.externalId()))
                .findFirst()
                .orElseGet(() -> client.customFields().create(NewCustomField.builder()
                        .label("Cost centre").externalId("cost-centre").externalSource("erp").build()));
        // end::find-cost-centre-field[]
        return costCentre.id();
    }

    static SyncPlan<NewCustomFieldValue, CustomFieldValue> syncCostCentres(PayhawkClient client, String costCentreFieldId,
                                                                           List<NewCustomFieldValue> erpCostCentres) {
        // tag::sync-cost-centres[]
        MasterDataSync<NewCustomFieldValue, CustomFieldValue> costCentres =
                MasterDataSync.customFieldValues(client.customFields().values(costCentreFieldId));

        SyncPlan<NewCustomFieldValue, CustomFieldValue> plan = costCentres.plan(erpCostCentres);  // dry run: one GET
        System.out.println(plan);   // SyncPlan{creates=100, updates=50, deletes=25, unchanged=4850}
        plan.updates().forEach(update -> System.out.println(
                update.current().label() + " -> " + update.desired().label()));

        costCentres.apply(plan);    // a POST, PATCH or DELETE per change, within the rate limit
        // end::sync-cost-centres[]
        return plan;
    }

    static void syncWholeLists(PayhawkClient client, List<NewAccountCode> erpAccountCodes, List<NewTaxRate> erpTaxRates) {
        // tag::sync-whole-lists[]
        MasterDataSync.accountCodes(client.accountCodes()).sync(erpAccountCodes);  // one PUT, or none
        MasterDataSync.taxRates(client.taxRates()).sync(erpTaxRates);              // 20 equals 20.00
        // end::sync-whole-lists[]
    }

    static SyncPlan<NewCustomFieldValue, CustomFieldValue> syncAndResume(
            MasterDataSync<NewCustomFieldValue, CustomFieldValue> costCentres, List<NewCustomFieldValue> erpCostCentres) {
        // tag::sync-resume[]
        try {
            return costCentres.sync(erpCostCentres);
        } catch (SyncFailedException e) {
            // e.appliedChanges() were applied; the next run plans from what Payhawk holds now, so it does
            // only the rest (a value created just before the failure is found by its external id)
            System.err.println(e.getMessage());
            return costCentres.sync(erpCostCentres);
        }
        // end::sync-resume[]
    }
}
