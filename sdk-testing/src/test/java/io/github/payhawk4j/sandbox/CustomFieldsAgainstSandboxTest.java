package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomField;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.service.CustomFieldValueService;
import io.github.payhawk4j.service.RawResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every custom field, value and value-manager call of the SDK against the sandbox, with its errors. */
class CustomFieldsAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().additionalAccount("globex").start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void customFieldsAreCreatedListedFetchedUpdatedAndDeleted() {
        CustomField created = client.customFields().create(NewCustomField.builder().label("Cost centre").isRequired(true)
                .externalId("DIM1").externalSource("erp").build());
        assertThat(created.id()).isNotEmpty();
        assertThat(created.label()).isEqualTo("Cost centre");
        assertThat(created.isRequired()).isTrue();
        assertThat(created.additionalProperties()).isEmpty();

        assertThat(client.customFields().list()).containsExactly(created);
        assertThat(client.async().customFields().get(created.id()).join()).isEqualTo(created);
        CustomField updated = client.customFields().update(created.id(), NewCustomField.builder().label("Cost center")
                .description("Where spend is booked").build());
        assertThat(updated.label()).isEqualTo("Cost center");
        assertThat(updated.description()).isEqualTo("Where spend is booked");
        assertThat(updated.externalId()).as("a field not sent keeps its value").isEqualTo("DIM1");

        RawResponse<Void> deleted = client.customFields().withRawResponse().delete(created.id());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(client.customFields().list()).isEmpty();
        assertThat(client.account("globex").customFields().list()).isEmpty();
        assertThatThrownBy(() -> client.customFields().get(created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.customFields().delete(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void valuesOfAFieldAreCreatedListedFetchedUpdatedAndDeleted() {
        String field = sandbox.account().addCustomField("Cost centre", null);
        CustomFieldValueService values = client.customFields().values(field);

        CustomFieldValue sofia = values.create(NewCustomFieldValue.builder().label("Warehouse Sofia").externalId("CC-100").build());
        CustomFieldValue office = values.create(NewCustomFieldValue.builder().label("Head office").build());
        assertThat(values.list()).containsExactly(sofia, office);
        assertThat(office.externalId()).isNull();
        assertThat(values.get(sofia.id())).isEqualTo(sofia);

        CustomFieldValue renamed = values.update(sofia.id(), CustomFieldValuePatch.builder().label("Warehouse Plovdiv").build());
        assertThat(renamed.label()).isEqualTo("Warehouse Plovdiv");
        assertThat(renamed.externalId()).isEqualTo("CC-100");

        client.async().customFields().values(field).delete(office.id()).join();
        assertThat(values.list()).containsExactly(renamed);
        values.deleteAll();
        assertThat(values.list()).isEmpty();
        assertThatThrownBy(() -> values.get(sofia.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSecondValueWithTheSameExternalIdIs409AndBadBodiesAre400() {
        String field = sandbox.account().addCustomField("Cost centre", null);
        CustomFieldValueService values = client.customFields().values(field);
        CustomFieldValue first = values.create(NewCustomFieldValue.builder().label("Warehouse").externalId("CC-100").build());
        CustomFieldValue second = values.create(NewCustomFieldValue.builder().label("Office").externalId("CC-200").build());

        assertThatThrownBy(() -> values.create(NewCustomFieldValue.builder().label("Again").externalId("CC-100").build()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("409").hasMessageContaining("CC-100");
        assertThatThrownBy(() -> values.update(second.id(), CustomFieldValuePatch.builder().externalId("CC-100").build()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("409");
        assertThatThrownBy(() -> values.create(NewCustomFieldValue.builder().label("").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> values.create(NewCustomFieldValue.builder().label("x")
                .putAdditionalProperty("colour", com.fasterxml.jackson.databind.node.TextNode.valueOf("red")).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("colour");
        assertThat(values.list()).containsExactly(first, second);
        assertThatThrownBy(() -> client.customFields().values("cf_missing").list()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> values.update("cfv_missing", CustomFieldValuePatch.builder().label("x").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void managersOfAValueAreAddedReplacedAndRemoved() {
        String field = sandbox.account().addCustomField("Cost centre", null);
        String value = sandbox.account().addCustomFieldValue(field, "Warehouse Sofia", "CC-100");
        CustomFieldValueService values = client.customFields().values(field);
        CustomFieldValueManager alex = CustomFieldValueManager.builder().userId("usr_1").email("alex.morgan@example.com").build();
        CustomFieldValueManager sam = CustomFieldValueManager.builder().userId("usr_2").email("sam.reviewer@example.com").build();

        assertThat(values.listManagers(value)).isEmpty();
        values.addManagers(value, List.of("usr_1"));
        values.addManagers(value, List.of("usr_2", "usr_1"));
        assertThat(values.listManagers(value)).containsExactly(alex, sam);
        values.replaceManagers(value, List.of("usr_2"));
        assertThat(values.listManagers(value)).containsExactly(sam);
        client.async().customFields().values(field).removeManagers(value).join();
        assertThat(values.listManagers(value)).isEmpty();

        assertThatThrownBy(() -> values.addManagers(value, List.of("usr_404")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("usr_404");
        assertThatThrownBy(() -> values.listManagers("cfv_missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWrongKeyIs401() {
        PayhawkClient stranger = PayhawkClient.builder().apiKey("not-a-key").accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).maxRetries(0).build();

        assertThatThrownBy(() -> stranger.customFields().list()).isInstanceOf(AuthenticationException.class);
    }
}
