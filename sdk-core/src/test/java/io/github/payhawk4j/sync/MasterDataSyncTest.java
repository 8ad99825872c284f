package io.github.payhawk4j.sync;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** MasterDataSync's plan and the requests that apply it, against WireMock. */
class MasterDataSyncTest {

    private static final String VALUES = "/api/v3/accounts/acme/custom-fields/cf_1/values";
    private static final String ACCOUNT_CODES = "/api/v3/accounts/acme/account-codes";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PayhawkClient client = PayhawkClient.builder()
            .baseUrl("http://localhost:" + api.getPort()).apiKey("key").accountId("acme").build();

    private static NewCustomFieldValue value(String externalId, String label) {
        return NewCustomFieldValue.builder().label(label).externalId(externalId).build();
    }

    @Test
    @DisplayName("values are matched by external id: a POST per create, a PATCH of the label per update, a DELETE per delete; keyless values are left alone")
    void appliesValuesOneCallPerChange() {
        api.stubFor(get(urlEqualTo(VALUES)).willReturn(okJson("""
                {"items": [
                  {"id": "v1", "label": "Same", "externalId": "A"},
                  {"id": "v2", "label": "Old label", "externalId": "B"},
                  {"id": "v3", "label": "Gone", "externalId": "C"},
                  {"id": "v4", "label": "Made by hand in Payhawk", "externalId": null},
                  {"id": "v5", "label": "Twin of A", "externalId": "A"}
                ], "total": 5}""")));
        api.stubFor(post(urlEqualTo(VALUES)).willReturn(okJson("{\"id\":\"v6\",\"label\":\"New\",\"externalId\":\"D\"}").withStatus(201)));
        api.stubFor(patch(urlEqualTo(VALUES + "/v2")).willReturn(okJson("{\"id\":\"v2\",\"label\":\"New label\",\"externalId\":\"B\"}")));
        api.stubFor(delete(urlEqualTo(VALUES + "/v3")).willReturn(aResponse().withStatus(204)));
        api.stubFor(delete(urlEqualTo(VALUES + "/v5")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"not_found\",\"message\":\"gone\"}")));
        MasterDataSync<NewCustomFieldValue, CustomFieldValue> sync = MasterDataSync.customFieldValues(client.customFields().values("cf_1"));
        List<NewCustomFieldValue> erp = List.of(value("A", "Same"), value("B", "New label"), value("D", "New"));

        SyncPlan<NewCustomFieldValue, CustomFieldValue> plan = sync.plan(erp);
        assertThat(api.findAll(anyRequestedFor(anyUrl()))).as("the dry run only lists").hasSize(1);
        SyncPlan<NewCustomFieldValue, CustomFieldValue> applied = sync.apply(plan);

        assertThat(applied).isSameAs(plan);
        assertThat(plan.toString()).isEqualTo("SyncPlan{creates=1, updates=1, deletes=2, unchanged=1}");
        assertThat(plan.deletes()).extracting(CustomFieldValue::id).as("the second value keyed A too, and C").containsExactly("v5", "v3");
        api.verify(1, postRequestedFor(urlEqualTo(VALUES)).withRequestBody(equalToJson("{\"label\":\"New\",\"externalId\":\"D\"}", false, false)));
        api.verify(1, patchRequestedFor(urlEqualTo(VALUES + "/v2")).withRequestBody(equalToJson("{\"label\":\"New label\"}", false, false)));
        api.verify(1, deleteRequestedFor(urlEqualTo(VALUES + "/v3")));
        api.verify(1, deleteRequestedFor(urlEqualTo(VALUES + "/v5")));
        api.verify(0, deleteRequestedFor(urlEqualTo(VALUES + "/v4")));
    }

    @Test
    @DisplayName("an ERP list with an item without key, or two with the same key, is refused before anything is changed")
    void refusesAnAmbiguousErpList() {
        api.stubFor(get(urlEqualTo(VALUES)).willReturn(okJson("{\"items\":[],\"total\":0}")));
        MasterDataSync<NewCustomFieldValue, CustomFieldValue> sync = MasterDataSync.customFieldValues(client.customFields().values("cf_1"));

        assertThatIllegalArgumentException().isThrownBy(() -> sync.sync(List.of(value("A", "x"), value("A", "y"))))
                .withMessageContaining("'A'");
        assertThatIllegalArgumentException().isThrownBy(() -> sync.sync(List.of(value(null, "x"))))
                .withMessageContaining("key");
        api.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("account codes: a changed default tax code is an update, applied as one PUT of the ERP's whole list")
    void appliesAWholeListAsOnePut() {
        api.stubFor(get(urlEqualTo(ACCOUNT_CODES)).willReturn(okJson("""
                {"items": [{"name": "Travel", "code": "6100", "defaultTaxCode": "VAT20"}, {"name": "Old", "code": "6900"}], "total": 2}""")));
        api.stubFor(put(urlEqualTo(ACCOUNT_CODES)).willReturn(okJson("{\"items\":[],\"total\":0}")));

        SyncPlan<NewAccountCode, ?> plan = MasterDataSync.accountCodes(client.accountCodes()).sync(List.of(
                NewAccountCode.builder().name("Travel").code("6100").defaultTaxCode("VAT9").build(),
                NewAccountCode.builder().name("Software").code("6200").build()));

        assertThat(plan.toString()).isEqualTo("SyncPlan{creates=1, updates=1, deletes=1, unchanged=0}");
        api.verify(1, putRequestedFor(urlEqualTo(ACCOUNT_CODES)).withRequestBody(equalToJson("""
                [{"name": "Travel", "code": "6100", "defaultTaxCode": "VAT9"}, {"name": "Software", "code": "6200"}]""", false, false)));
    }

    @Test
    @DisplayName("a failed PUT is a SyncFailedException saying nothing was applied; NotFound is its cause")
    void aFailedPutAppliedNothing() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts/acme/external-teams")).willReturn(okJson("{\"items\":[],\"total\":0}")));
        api.stubFor(put(urlEqualTo("/api/v3/accounts/acme/external-teams")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"not_found\",\"message\":\"Account not found\"}")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MasterDataSync.externalTeams(client.externalTeams())
                        .sync(List.of(NewExternalTeam.builder().label("Logistics").externalId("D10").build())))
                .isInstanceOfSatisfying(SyncFailedException.class, failure -> {
                    assertThat(failure.appliedChanges()).isZero();
                    assertThat(failure.plan().changes()).isEqualTo(1);
                })
                .hasCauseInstanceOf(NotFoundException.class);
    }
}
