package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.NewSupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldType;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's SupplierService against the sandbox: create, update, status, custom fields and uploads, and their errors. */
class SupplierEndpointsTest {

    private static final SupplierBankAccount SEPA = SupplierBankAccount.builder().paymentScheme(PaymentScheme.SEPA)
            .currency("EUR").accountHolder("Nordlicht Logistik GmbH").iban("DE89370400440532013000").bicSwift("COBADEFFXXX").build();

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1)).start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aCreatedSupplierIsActiveListedAndFetchedWithItsBankAccountAndCustomFields() {
        String region = sandbox.account().addSupplierCustomField("""
                {"label":"Region","externalId":"REGION","type":"fixed_list",
                 "values":[{"label":"North","externalId":"NORTH"},{"label":"South","externalId":"SOUTH"}]}""");
        sandbox.account().addSupplierCustomField("{\"label\":\"Payment terms\",\"type\":\"text\"}");

        List<SupplierCustomField> fields = client.suppliers().customFields();
        assertThat(fields).extracting(SupplierCustomField::label).containsExactly("Region", "Payment terms");
        assertThat(fields.get(0).type()).isEqualTo(SupplierCustomFieldType.FIXED_LIST);
        assertThat(fields.get(0).values()).extracting(value -> value.externalId()).containsExactly("NORTH", "SOUTH");

        Supplier created = client.suppliers().create(NewSupplier.builder().name("Nordlicht Logistik GmbH").externalId("V-10044")
                .countryCode("DE").bankAccounts(List.of(SEPA))
                .customFields(List.of(
                        NewSupplierCustomFieldData.builder().externalId("REGION").valueExternalId("SOUTH").build(),
                        NewSupplierCustomFieldData.builder().fieldId(fields.get(1).id()).value("30 days net").build()))
                .build());

        assertThat(created.id()).isNotBlank();
        assertThat(created.status()).isEqualTo(SupplierStatus.ACTIVE);
        assertThat(created.bankAccounts()).containsExactly(SEPA);
        assertThat(created.customFields()).extracting(SupplierCustomFieldData::fieldId, SupplierCustomFieldData::valueExternalId,
                SupplierCustomFieldData::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(region, "SOUTH", null),
                        org.assertj.core.groups.Tuple.tuple(fields.get(1).id(), null, "30 days net"));
        assertThat(client.suppliers().get(created.id())).isEqualTo(created);
        assertThat(client.suppliers().list(SupplierStatus.ACTIVE)).containsExactly(created);
    }

    @Test
    void anUpdateChangesOnlyWhatItSetsAndTheStatusArchivesAndReactivates() {
        Supplier created = client.suppliers().create(NewSupplier.builder().name("Kiosk 24").vat("BG123").build());

        Supplier updated = client.suppliers().update(created.id(),
                SupplierPatch.builder().contactEmail("ap@kiosk.example").auditNote("ERP sync").build());
        assertThat(updated).isEqualTo(created.toBuilder().contactEmail("ap@kiosk.example").build());

        assertThat(client.suppliers().updateStatus(created.id(), SupplierStatus.ARCHIVED).status()).isEqualTo(SupplierStatus.ARCHIVED);
        assertThat(client.suppliers().list(SupplierStatus.ACTIVE)).isEmpty();
        assertThat(client.suppliers().list(SupplierStatus.ARCHIVED)).extracting(Supplier::id).containsExactly(created.id());
        assertThat(client.async().suppliers().updateStatus(created.id(), SupplierStatus.ACTIVE).join().status())
                .isEqualTo(SupplierStatus.ACTIVE);
    }

    @Test
    void anUploadedFileCanBeTheValueOfAFileCustomField() {
        String contract = sandbox.account().addSupplierCustomField("{\"label\":\"Contract\",\"type\":\"file_upload\"}");
        byte[] pdf = "%PDF-1.7\n\u0000\u00ff%%EOF".getBytes(StandardCharsets.ISO_8859_1);

        String fileId = client.suppliers().uploadFile(new FileUpload("contract.pdf", "application/pdf", pdf));
        Supplier created = client.suppliers().create(NewSupplier.builder().name("Nordlicht").customFields(List.of(
                NewSupplierCustomFieldData.builder().fieldId(contract).fileId(fileId).fileName("contract.pdf").build())).build());

        assertThat(created.customFields()).singleElement().satisfies(data -> {
            assertThat(data.fileId()).isEqualTo(fileId);
            assertThat(data.fileName()).isEqualTo("contract.pdf");
        });
        assertThatThrownBy(() -> client.suppliers().create(NewSupplier.builder().name("X").customFields(List.of(
                NewSupplierCustomFieldData.builder().fieldId(contract).fileId("sfile_999").build())).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("sfile_999");
    }

    @Test
    void invalidBodiesAre400MissingSuppliers404AndATakenExternalId409() {
        client.suppliers().create(NewSupplier.builder().name("Nordlicht").externalId("V-1").build());

        assertThatThrownBy(() -> client.suppliers().create(NewSupplier.builder().name("X")
                .putAdditionalProperty("nickname", TextNode.valueOf("x")).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("nickname");
        assertThatThrownBy(() -> client.suppliers().create(NewSupplier.builder().name("X").bankAccounts(List.of(
                SEPA.toBuilder().paymentScheme(PaymentScheme.of("swift_gpi")).build())).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("paymentScheme");
        assertThatThrownBy(() -> client.suppliers().create(NewSupplier.builder().name("X").customFields(List.of(
                NewSupplierCustomFieldData.builder().fieldId("scf_404").value("v").build())).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("custom field");
        assertThatThrownBy(() -> client.suppliers().updateStatus("sup_404", SupplierStatus.ARCHIVED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.suppliers().update("sup_404", SupplierPatch.builder().vat("1").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.suppliers().create(NewSupplier.builder().name("Other").externalId("V-1").build()))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(client.suppliers().list(SupplierStatus.ACTIVE)).hasSize(1);
    }

    @Test
    void theNewCallsNeedAKeyAndAreRateLimited() {
        PayhawkClient wrongKey = PayhawkClient.builder().apiKey("wrong").accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).build();
        assertThatThrownBy(() -> wrongKey.suppliers().create(NewSupplier.builder().name("X").build()))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> wrongKey.suppliers().customFields()).isInstanceOf(AuthenticationException.class);

        PayhawkClient impatient = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).disableRateLimit().maxRetries(0).build();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 40; i++) {
                impatient.suppliers().customFields();
            }
        }).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
        assertThat(client.suppliers().list(SupplierStatus.ACTIVE)).as("nothing was created").isEmpty();
    }
}
