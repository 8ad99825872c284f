package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupplierJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsASupplierWithAnAchBankAccountAndEveryKindOfCustomField() throws Exception {
        Supplier supplier = json.readValue(ModelFixture.text("supplier.json"), Supplier.class);

        assertThat(supplier.id()).isEqualTo("sup_9a4e21");
        assertThat(supplier.name()).isEqualTo("Northwind Freight Inc.");
        assertThat(supplier.taxId()).isEqualTo("84-1927365");
        assertThat(supplier.countryCode()).isEqualTo("US");
        assertThat(supplier.externalId()).isEqualTo("V-20881");
        assertThat(supplier.address()).isEqualTo("400 Harbor Drive, Suite 12, Oakland, CA 94607");
        assertThat(supplier.uic()).isEqualTo("C4211987");
        assertThat(supplier.vat()).isEqualTo("US841927365");
        assertThat(supplier.contactName()).isEqualTo("Dana Whitfield");
        assertThat(supplier.contactEmail()).isEqualTo("ar@northwind-freight.example");
        assertThat(supplier.contactPhone()).isEqualTo("+1 510 555 0142");
        assertThat(supplier.externalSource()).isEqualTo("netsuite");
        assertThat(supplier.status()).isSameAs(SupplierStatus.ACTIVE);
        assertThat(supplier.bankAccounts()).containsExactly(SupplierBankAccount.builder()
                .paymentScheme(PaymentScheme.ACH).currency("USD").accountHolder("Northwind Freight Inc.")
                .accountNumber("000123456789").routingNumber("121000358").accountType("checking").country("US")
                .city("Oakland").postalCode("94607").address("400 Harbor Drive, Suite 12")
                .build());
        assertThat(supplier.customFields()).containsExactly(
                SupplierCustomFieldData.builder()
                        .fieldId("scf_w9").externalSource("netsuite").fileId("file_w9_20881")
                        .fileName("W9-Northwind-Freight.pdf").id("scf_w9").label("W-9 form")
                        .build(),
                SupplierCustomFieldData.builder()
                        .externalId("VENDCLASS").fieldId("scf_vendor_class").externalSource("netsuite")
                        .valueId("scfv_logistics").valueExternalId("LOG").id("scf_vendor_class").label("Vendor class")
                        .build(),
                SupplierCustomFieldData.builder()
                        .value("Preferred carrier for West Coast routes").id("scf_notes").label("Onboarding notes")
                        .build());
    }

    @Test
    void writesASupplierBackToTheSameJson() throws Exception {
        String original = ModelFixture.text("supplier.json");

        String written = json.writeValueAsString(json.readValue(original, Supplier.class));

        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, original));
    }

    @Test
    void readsAPageOfSuppliers() throws Exception {
        Page<Supplier> page = json.readValue(ModelFixture.text("suppliers-page.json"), new TypeReference<>() { });

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(Supplier::id).containsExactly("sup_9a4e21", "sup_13bb02");
        Supplier archived = page.items().get(1);
        assertThat(archived.status()).isSameAs(SupplierStatus.ARCHIVED);
        assertThat(archived.taxId()).isNull();
        assertThat(archived.bankAccounts()).containsExactly(SupplierBankAccount.builder()
                .paymentScheme(PaymentScheme.FASTER_PAYMENTS).currency("GBP").accountHolder("Old Office Supplies Ltd")
                .accountNumber("41926819").routingNumber("601613")
                .build());
    }

    @Test
    void keepsAPaymentSchemeThisVersionDoesNotKnowAndTreatsAbsentListsAsEmpty() throws Exception {
        Supplier supplier = json.readValue("""
                {"id": "sup_1", "name": "Pix Fornecedor Ltda",
                 "bankAccounts": [{"paymentScheme": "pix", "currency": "BRL", "accountHolder": "Pix Fornecedor Ltda"}]}
                """, Supplier.class);

        PaymentScheme scheme = supplier.bankAccounts().get(0).paymentScheme();
        assertThat(scheme.isKnown()).isFalse();
        assertThat(scheme.value()).isEqualTo("pix");
        assertThat(supplier.customFields()).isEmpty();
        assertThat(supplier.status()).isNull();
    }
}
