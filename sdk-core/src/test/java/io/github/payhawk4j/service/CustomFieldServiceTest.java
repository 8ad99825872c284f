package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CustomFieldService and its per-field CustomFieldValueService: every call's exact request and full mapping. */
class CustomFieldServiceTest {

    private static final String FIELDS = "/api/v3/accounts/acme_logistics/custom-fields";
    private static final String FIELD = FIELDS + "/cf_cost_centre";
    private static final String VALUES = FIELD + "/values";
    private static final String VALUE = VALUES + "/cfv_1";
    private static final String MANAGERS = VALUE + "/managers";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    static CustomField costCentreField() {
        ObjectNode kept = NODES.objectNode();
        kept.putArray("kept").add(1).add(new java.math.BigDecimal("2.50"));
        return CustomField.builder().id("cf_cost_centre").label("Cost centre").isRequired(true)
                .description("Where the spend is booked").externalId("DIM1").externalSource("netsuite")
                .putAdditionalProperty("fieldAddedLater", kept).build();
    }

    static CustomFieldValue warehouse() {
        return CustomFieldValue.builder().id("cfv_1").label("Warehouse Sofia").externalId("CC-100")
                .putAdditionalProperty("archivedLater", NODES.booleanNode(false)).build();
    }

    @Test
    @DisplayName("list() sends GET .../custom-fields and maps every field, unknown fields kept, a null external id as null")
    void listsFields() {
        api.stubFor(get(urlEqualTo(FIELDS)).willReturn(okJson(ModelFixture.text("custom-fields-page.json"))));

        List<CustomField> fields = client.customFields().list();

        api.verify(1, sdkGet(FIELDS));
        assertThat(fields).containsExactly(costCentreField(),
                CustomField.builder().id("cf_project").label("Project").isRequired(false).build());
    }

    @Test
    @DisplayName("create(field) sends POST .../custom-fields with only the fields set, and maps the 201")
    void createsAField() {
        api.stubFor(post(urlEqualTo(FIELDS)).willReturn(okJson(ModelFixture.text("custom-field.json")).withStatus(201)));

        CustomField created = client.customFields().create(NewCustomField.builder().label("Cost centre").isRequired(true)
                .externalId("DIM1").build());

        api.verify(1, sdkJsonPost(FIELDS).withRequestBody(equalToJson(
                "{\"label\":\"Cost centre\",\"isRequired\":true,\"externalId\":\"DIM1\"}", false, false)));
        assertThat(created).isEqualTo(costCentreField());
    }

    @Test
    @DisplayName("a custom field without a label is refused before anything is sent")
    void refusesAFieldWithoutLabel() {
        assertThatNullPointerException().isThrownBy(() -> NewCustomField.builder().isRequired(true).build())
                .withMessageContaining("label");
        assertThatNullPointerException().isThrownBy(() -> client.customFields().create(null));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("get(id), update(id, field) and delete(id) send GET, PATCH and DELETE .../custom-fields/{id}")
    void getsUpdatesAndDeletesAField() {
        api.stubFor(get(urlEqualTo(FIELD)).willReturn(okJson(ModelFixture.text("custom-field.json"))));
        api.stubFor(patch(urlEqualTo(FIELD)).willReturn(okJson(ModelFixture.text("custom-field.json"))));
        api.stubFor(delete(urlEqualTo(FIELD)).willReturn(aResponse().withStatus(204)));

        assertThat(client.customFields().get("cf_cost_centre")).isEqualTo(costCentreField());
        assertThat(client.customFields().update("cf_cost_centre", NewCustomField.builder().label("Cost centre")
                .description("Where the spend is booked").build())).isEqualTo(costCentreField());
        client.customFields().delete("cf_cost_centre");

        api.verify(1, sdkGet(FIELD));
        api.verify(1, sdkJsonPatch(FIELD).withRequestBody(equalToJson(
                "{\"label\":\"Cost centre\",\"description\":\"Where the spend is booked\"}", false, false)));
        api.verify(1, sdkDelete(FIELD));
    }

    @Test
    @DisplayName("the async and raw views of the field calls send the same requests on the account asked for")
    void asyncAndRawFieldCalls() {
        String other = "/api/v3/accounts/" + OTHER_ACCOUNT + "/custom-fields";
        api.stubFor(get(urlEqualTo(other)).willReturn(okJson(ModelFixture.text("custom-fields-page.json"))));
        api.stubFor(delete(urlEqualTo(FIELD)).willReturn(aResponse().withStatus(204).withHeader("X-Request-Id", "req_9")));

        assertThat(client.async().account(OTHER_ACCOUNT).customFields().list().join()).hasSize(2).first().isEqualTo(costCentreField());
        RawResponse<Void> deleted = client.customFields().withRawResponse().delete("cf_cost_centre");

        api.verify(1, sdkGet(other));
        api.verify(1, sdkDelete(FIELD));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.value()).isNull();
    }

    @Test
    @DisplayName("values(id).list() sends GET .../custom-fields/{id}/values and maps every value")
    void listsValues() {
        api.stubFor(get(urlEqualTo(VALUES)).willReturn(okJson(ModelFixture.text("custom-field-values-page.json"))));

        List<CustomFieldValue> values = client.customFields().values("cf_cost_centre").list();

        api.verify(1, sdkGet(VALUES));
        assertThat(values).containsExactly(warehouse(), CustomFieldValue.builder().id("cfv_2").label("Head office").build());
    }

    @Test
    @DisplayName("values(id).create(value) sends POST .../values with label and external id")
    void createsAValue() {
        api.stubFor(post(urlEqualTo(VALUES)).willReturn(okJson(ModelFixture.text("custom-field-value.json")).withStatus(201)));

        CustomFieldValue created = client.customFields().values("cf_cost_centre")
                .create(NewCustomFieldValue.builder().label("Warehouse Sofia").externalId("CC-100").build());

        api.verify(1, sdkJsonPost(VALUES).withRequestBody(equalToJson(
                "{\"label\":\"Warehouse Sofia\",\"externalId\":\"CC-100\"}", false, false)));
        assertThat(created).isEqualTo(warehouse());
    }

    @Test
    @DisplayName("a 409 for a taken external id reaches the caller as UnexpectedResponseException with Payhawk's message (409 has no type of its own)")
    void aDuplicateValueIsRefused() {
        api.stubFor(post(urlEqualTo(VALUES)).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"conflict\",\"message\":\"A custom field value with externalId 'CC-100' exists already\"}")));

        assertThatThrownBy(() -> client.customFields().values("cf_cost_centre")
                .create(NewCustomFieldValue.builder().label("Warehouse").externalId("CC-100").build()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("exists already");
        api.verify(1, sdkJsonPost(VALUES));
    }

    @Test
    @DisplayName("values(id): deleteAll, get, update, delete send DELETE .../values, GET, PATCH and DELETE .../values/{valueId}")
    void changesValues() {
        api.stubFor(delete(urlEqualTo(VALUES)).willReturn(aResponse().withStatus(204)));
        api.stubFor(get(urlEqualTo(VALUE)).willReturn(okJson(ModelFixture.text("custom-field-value.json"))));
        api.stubFor(patch(urlEqualTo(VALUE)).willReturn(okJson(ModelFixture.text("custom-field-value.json"))));
        api.stubFor(delete(urlEqualTo(VALUE)).willReturn(aResponse().withStatus(204)));
        CustomFieldValueService values = client.customFields().values("cf_cost_centre");

        values.deleteAll();
        assertThat(values.get("cfv_1")).isEqualTo(warehouse());
        assertThat(values.update("cfv_1", CustomFieldValuePatch.builder().label("Warehouse Sofia").build())).isEqualTo(warehouse());
        values.delete("cfv_1");

        api.verify(1, sdkDelete(VALUES));
        api.verify(1, sdkGet(VALUE));
        api.verify(1, sdkJsonPatch(VALUE).withRequestBody(equalToJson("{\"label\":\"Warehouse Sofia\"}", false, false)));
        api.verify(1, sdkDelete(VALUE));
    }

    @Test
    @DisplayName("value managers: list, add (POST), replace (PUT) with [{\"userId\"}], remove (DELETE)")
    void managesValueManagers() {
        api.stubFor(get(urlEqualTo(MANAGERS)).willReturn(okJson(ModelFixture.text("custom-field-value-managers-page.json"))));
        api.stubFor(post(urlEqualTo(MANAGERS)).willReturn(aResponse().withStatus(204)));
        api.stubFor(put(urlEqualTo(MANAGERS)).willReturn(aResponse().withStatus(204)));
        api.stubFor(delete(urlEqualTo(MANAGERS)).willReturn(aResponse().withStatus(204)));
        CustomFieldValueService values = client.customFields().values("cf_cost_centre");

        assertThat(values.listManagers("cfv_1")).containsExactly(
                CustomFieldValueManager.builder().userId("usr_1").email("alex.morgan@example.com")
                        .putAdditionalProperty("roleLater", NODES.textNode("approver")).build(),
                CustomFieldValueManager.builder().userId("usr_2").email("sam.reviewer@example.com").build());
        values.addManagers("cfv_1", List.of("usr_1", "usr_2"));
        values.replaceManagers("cfv_1", List.of("usr_2"));
        values.removeManagers("cfv_1");

        api.verify(1, sdkGet(MANAGERS));
        api.verify(1, sdkJsonPost(MANAGERS).withRequestBody(equalToJson("[{\"userId\":\"usr_1\"},{\"userId\":\"usr_2\"}]", false, false)));
        api.verify(1, withSdkHeaders(putRequestedFor(urlEqualTo(MANAGERS))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("[{\"userId\":\"usr_2\"}]", false, false)));
        api.verify(1, sdkDelete(MANAGERS));
    }

    @Test
    @DisplayName("manager lists that Payhawk would refuse (empty, an empty id) and an empty field id are refused before sending")
    void refusesBadManagerLists() {
        CustomFieldValueService values = client.customFields().values("cf_cost_centre");

        assertThatIllegalArgumentException().isThrownBy(() -> values.addManagers("cfv_1", List.of()))
                .withMessageContaining("removeManagers");
        assertThatIllegalArgumentException().isThrownBy(() -> values.replaceManagers("cfv_1", List.of("")));
        assertThatIllegalArgumentException().isThrownBy(() -> client.customFields().values(""));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("the async and raw value views send the same requests")
    void asyncAndRawValueCalls() {
        api.stubFor(get(urlEqualTo(VALUE)).willReturn(okJson(ModelFixture.text("custom-field-value.json")).withHeader("X-Request-Id", "req_7")));
        api.stubFor(post(urlEqualTo(MANAGERS)).willReturn(aResponse().withStatus(204)));

        assertThat(client.async().customFields().values("cf_cost_centre").get("cfv_1").join()).isEqualTo(warehouse());
        RawResponse<CustomFieldValue> raw = client.customFields().values("cf_cost_centre").withRawResponse().get("cfv_1");
        client.async().customFields().values("cf_cost_centre").withRawResponse().addManagers("cfv_1", List.of("usr_1")).join();

        api.verify(2, sdkGet(VALUE));
        api.verify(1, sdkJsonPost(MANAGERS).withRequestBody(equalToJson("[{\"userId\":\"usr_1\"}]", false, false)));
        assertThat(raw.value()).isEqualTo(warehouse());
        assertThat(raw.requestId()).contains("req_7");
    }
}
