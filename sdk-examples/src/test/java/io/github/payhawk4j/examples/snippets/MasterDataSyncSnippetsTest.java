package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.sync.MasterDataSync;
import io.github.payhawk4j.sync.SyncPlan;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the master-data snippets of docs/erp-sync.md against the sandbox. */
class MasterDataSyncSnippetsTest {

    @Test
    void theRecipePushesTheErpListsAndASecondRunChangesNothing() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate(2048)).withoutRateLimit().start()) {
            PayhawkClient client = PayhawkClient.builder()
                    .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();
            String field = MasterDataSyncSnippets.costCentreField(client);
            assertThat(MasterDataSyncSnippets.costCentreField(client)).as("found, not created again").isEqualTo(field);
            sandbox.account().addCustomFieldValue(field, "Berlin office", "CC-200");
            sandbox.account().addCustomFieldValue(field, "Closed", "CC-900");
            List<NewCustomFieldValue> erp = List.of(
                    NewCustomFieldValue.builder().externalId("CC-100").label("Munich headquarters").build(),
                    NewCustomFieldValue.builder().externalId("CC-200").label("Berlin sales office").build());

            SyncPlan<NewCustomFieldValue, CustomFieldValue> plan = MasterDataSyncSnippets.syncCostCentres(client, field, erp);

            assertThat(plan.toString()).isEqualTo("SyncPlan{creates=1, updates=1, deletes=1, unchanged=0}");
            assertThat(client.customFields().values(field).list()).extracting(CustomFieldValue::label)
                    .containsExactlyInAnyOrder("Munich headquarters", "Berlin sales office");
            assertThat(MasterDataSyncSnippets.syncAndResume(
                    MasterDataSync.customFieldValues(client.customFields().values(field)), erp).isEmpty()).isTrue();

            MasterDataSyncSnippets.syncWholeLists(client,
                    List.of(NewAccountCode.builder().code("6100").name("Travel").build()),
                    List.of(NewTaxRate.builder().code("VAT19").name("Standard").rate(new BigDecimal("19.00")).build()));
            assertThat(client.accountCodes().list()).extracting(AccountCode::code).containsExactly("6100");
            assertThat(client.taxRates().list()).extracting(TaxRate::rate).containsExactly(new BigDecimal("19.00"));
        }
    }
}
