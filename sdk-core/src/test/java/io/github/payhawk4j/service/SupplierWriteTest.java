package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.IntNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.NewSupplier;
import io.github.payhawk4j.model.supplier.NewSupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomField;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldType;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldValue;
import io.github.payhawk4j.model.supplier.SupplierPatch;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** SupplierService: create, update, status, the supplier custom fields and file uploads, as sent and as read. */
class SupplierWriteTest {

    private static final String SUPPLIERS = "/api/v3/accounts/acme_logistics/suppliers";

    /** A supplier as Payhawk answers, with a field and a status this SDK version does not know. */
    private static final String SUPPLIER_JSON = """
            {"id":"sup_41","name":"Nordlicht Logistik GmbH","taxId":"DE811907980","countryCode":"DE",
             "externalId":"V-10044","address":"Hafenstrasse 3, Hamburg","uic":"HRB 1234","vat":"DE811907980",
             "contactName":"Lena Vogt","contactEmail":"ap@nordlicht.example","contactPhone":"+49 40 1234",
             "externalSource":"business-central","status":"on_hold","riskScore":7,
             "bankAccounts":[{"paymentScheme":"sepa","currency":"EUR","accountHolder":"Nordlicht Logistik GmbH",
                              "iban":"DE89370400440532013000","bicSwift":"COBADEFFXXX"}],
             "customFields":[{"id":"cf_1","label":"Region","fieldId":"cf_1","valueId":"v_2","valueExternalId":"NORTH"}]}
            """;

    private static final Supplier EXPECTED_SUPPLIER = Supplier.builder()
            .id("sup_41").name("Nordlicht Logistik GmbH").taxId("DE811907980").countryCode("DE").externalId("V-10044")
            .address("Hafenstrasse 3, Hamburg").uic("HRB 1234").vat("DE811907980").contactName("Lena Vogt")
            .contactEmail("ap@nordlicht.example").contactPhone("+49 40 1234").externalSource("business-central")
            .status(SupplierStatus.of("on_hold"))
            .bankAccounts(List.of(SupplierBankAccount.builder().paymentScheme(PaymentScheme.SEPA).currency("EUR")
                    .accountHolder("Nordlicht Logistik GmbH").iban("DE89370400440532013000").bicSwift("COBADEFFXXX").build()))
            .customFields(List.of(io.github.payhawk4j.model.supplier.SupplierCustomFieldData.builder()
                    .id("cf_1").label("Region").fieldId("cf_1").valueId("v_2").valueExternalId("NORTH").build()))
            .putAdditionalProperty("riskScore", IntNode.valueOf(7))
            .build();

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("create sends POST .../suppliers with every field set, and maps the 201 supplier with unknown field and status kept")
    void createsASupplier() {
        api.stubFor(post(urlEqualTo(SUPPLIERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(SUPPLIER_JSON)));

        Supplier created = client.suppliers().create(NewSupplier.builder()
                .name("Nordlicht Logistik GmbH").taxId("DE811907980").countryCode("DE").externalId("V-10044")
                .address("Hafenstrasse 3, Hamburg").uic("HRB 1234").vat("DE811907980").contactName("Lena Vogt")
                .contactEmail("ap@nordlicht.example").contactPhone("+49 40 1234")
                .bankAccounts(List.of(SupplierBankAccount.builder().paymentScheme(PaymentScheme.SEPA).currency("EUR")
                        .accountHolder("Nordlicht Logistik GmbH").iban("DE89370400440532013000").bicSwift("COBADEFFXXX").build()))
                .customFields(List.of(NewSupplierCustomFieldData.builder().fieldId("cf_1").valueExternalId("NORTH").build()))
                .build());

        api.verify(1, sdkJsonPost(SUPPLIERS).withRequestBody(equalToJson("""
                {"name":"Nordlicht Logistik GmbH","taxId":"DE811907980","countryCode":"DE","externalId":"V-10044",
                 "address":"Hafenstrasse 3, Hamburg","uic":"HRB 1234","vat":"DE811907980","contactName":"Lena Vogt",
                 "contactEmail":"ap@nordlicht.example","contactPhone":"+49 40 1234",
                 "bankAccounts":[{"paymentScheme":"sepa","currency":"EUR","accountHolder":"Nordlicht Logistik GmbH",
                                  "iban":"DE89370400440532013000","bicSwift":"COBADEFFXXX"}],
                 "customFields":[{"fieldId":"cf_1","valueExternalId":"NORTH"}]}
                """)));
        assertThat(created).isEqualTo(EXPECTED_SUPPLIER);
        assertThat(created.status().isKnown()).isFalse();
        assertThat(created.status().known()).isEqualTo(SupplierStatus.Known.UNKNOWN);
    }

    @Test
    @DisplayName("create with the name only sends just {name}: unset fields are not sent")
    void createSendsOnlyWhatIsSet() {
        api.stubFor(post(urlEqualTo(SUPPLIERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(SUPPLIER_JSON)));

        client.suppliers().create(NewSupplier.builder().name("Kiosk 24").build());

        api.verify(1, sdkJsonPost(SUPPLIERS).withRequestBody(equalToJson("{\"name\":\"Kiosk 24\"}")));
    }

    @Test
    @DisplayName("a new supplier without a name, or with a bank account without currency, is refused before anything is sent")
    void refusesWhatTheApiRequires() {
        assertThatNullPointerException().isThrownBy(() -> NewSupplier.builder().taxId("DE1").build())
                .withMessageContaining("name");
        assertThatNullPointerException().isThrownBy(() -> NewSupplier.builder().name("X")
                        .bankAccounts(List.of(SupplierBankAccount.builder().paymentScheme(PaymentScheme.SEPA)
                                .accountHolder("X").iban("DE89370400440532013000").build()))
                        .build())
                .withMessageContaining("currency");
        assertThatNullPointerException().isThrownBy(() -> SupplierPatch.builder()
                        .bankAccounts(List.of(SupplierBankAccount.builder().currency("EUR").accountHolder("X").build()))
                        .build())
                .withMessageContaining("paymentScheme");
        assertThatNullPointerException().isThrownBy(() -> client.suppliers().create(null)).withMessageContaining("newSupplier");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("update sends PATCH .../suppliers/{id} with only the fields set and maps the updated supplier")
    void updatesASupplier() {
        api.stubFor(patch(urlEqualTo(SUPPLIERS + "/sup_41")).willReturn(okJson(SUPPLIER_JSON)));

        Supplier updated = client.suppliers().update("sup_41", SupplierPatch.builder()
                .contactEmail("ap@nordlicht.example").externalSource("business-central").auditNote("ERP sync 2026-12-02").build());

        api.verify(1, sdkJsonPatch(SUPPLIERS + "/sup_41").withRequestBody(equalToJson("""
                {"contactEmail":"ap@nordlicht.example","externalSource":"business-central","auditNote":"ERP sync 2026-12-02"}
                """)));
        assertThat(updated).isEqualTo(EXPECTED_SUPPLIER);
    }

    @Test
    @DisplayName("updateStatus sends PATCH .../suppliers/{id}/status with {status} and maps the supplier")
    void updatesTheStatus() {
        api.stubFor(patch(urlEqualTo(SUPPLIERS + "/sup_41/status")).willReturn(okJson(SUPPLIER_JSON)));

        RawResponse<Supplier> archived = client.suppliers().withRawResponse().updateStatus("sup_41", SupplierStatus.ARCHIVED);

        api.verify(1, sdkJsonPatch(SUPPLIERS + "/sup_41/status").withRequestBody(equalToJson("{\"status\":\"archived\"}")));
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(archived.value()).isEqualTo(EXPECTED_SUPPLIER);
    }

    @Test
    @DisplayName("async updateStatus on another account sends the same PATCH there")
    void updatesTheStatusAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/suppliers/sup_41/status";
        api.stubFor(patch(urlEqualTo(url)).willReturn(okJson(SUPPLIER_JSON)));

        Supplier supplier = client.async().account(OTHER_ACCOUNT).suppliers().updateStatus("sup_41", SupplierStatus.ACTIVE).join();

        api.verify(1, sdkJsonPatch(url).withRequestBody(equalToJson("{\"status\":\"active\"}")));
        assertThat(supplier).isEqualTo(EXPECTED_SUPPLIER);
    }

    @Test
    @DisplayName("customFields sends GET .../suppliers-custom-fields and maps the array, unknown field type and field kept")
    void listsTheSupplierCustomFields() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts/acme_logistics/suppliers-custom-fields")).willReturn(okJson("""
                [{"id":"cf_1","label":"Region","externalId":"REGION","externalSource":"business-central",
                  "isRequired":true,"isSystem":false,"type":"fixed_list",
                  "values":[{"id":"v_1","label":"North","externalId":"NORTH"},{"id":"v_2","label":"South","externalId":null}]},
                 {"id":"cf_2","label":"Onboarded","type":"date","sortOrder":2}]
                """)));

        List<SupplierCustomField> fields = client.suppliers().customFields();

        api.verify(1, sdkGet("/api/v3/accounts/acme_logistics/suppliers-custom-fields"));
        assertThat(fields).containsExactly(
                SupplierCustomField.builder().id("cf_1").label("Region").externalId("REGION").externalSource("business-central")
                        .isRequired(true).isSystem(false).type(SupplierCustomFieldType.FIXED_LIST)
                        .values(List.of(SupplierCustomFieldValue.builder().id("v_1").label("North").externalId("NORTH").build(),
                                SupplierCustomFieldValue.builder().id("v_2").label("South").build()))
                        .build(),
                SupplierCustomField.builder().id("cf_2").label("Onboarded").type(SupplierCustomFieldType.of("date"))
                        .putAdditionalProperty("sortOrder", IntNode.valueOf(2)).build());
        assertThat(fields.get(1).type().known()).isEqualTo(SupplierCustomFieldType.Known.UNKNOWN);
        assertThat(fields.get(1).values()).isEmpty();
    }

    @Test
    @DisplayName("uploadFile sends POST .../suppliers/upload-file as multipart/form-data and returns the file id")
    void uploadsAFile() {
        byte[] pdf = "%PDF-1.7\n\u0000\u00ff--x\r\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        api.stubFor(post(urlEqualTo(SUPPLIERS + "/upload-file")).willReturn(okJson("\"file_77\"")));

        String fileId = client.suppliers().uploadFile(new FileUpload("w9-nordlicht.pdf", "application/pdf", pdf));

        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(SUPPLIERS + "/upload-file")))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=\\S+"))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"w9-nordlicht.pdf\""))
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(binaryEqualTo(pdf))));
        assertThat(api.getAllServeEvents().get(0).getRequest().getParts()).hasSize(1);
        assertThat(fileId).isEqualTo("file_77");
    }
}
