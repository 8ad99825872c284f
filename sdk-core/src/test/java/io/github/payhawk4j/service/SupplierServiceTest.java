package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGetPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** SupplierService: list by status (the filter Payhawk requires) and get. */
class SupplierServiceTest {

    private static final String SUPPLIERS = "/api/v3/accounts/acme_logistics/suppliers";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("list(ACTIVE) sends GET .../suppliers?$filter={\"status\":{\"$equal\":\"active\"}} and maps every supplier")
    void listsSuppliersByStatus() {
        api.stubFor(get(urlPathEqualTo(SUPPLIERS)).willReturn(okJson(ModelFixture.text("suppliers-page.json"))));

        List<Supplier> suppliers = client.suppliers().list(SupplierStatus.ACTIVE);

        api.verify(1, sdkGetPath(SUPPLIERS).withQueryParam("$filter", equalToJson("{\"status\":{\"$equal\":\"active\"}}")));
        assertThat(api.getAllServeEvents().get(0).getRequest().getUrl())
                .isEqualTo(SUPPLIERS + "?%24filter=%7B%22status%22%3A%7B%22%24equal%22%3A%22active%22%7D%7D");
        assertThat(suppliers).isEqualTo(ExpectedModels.supplierPage());
    }

    @Test
    @DisplayName("list(ARCHIVED) filters on archived")
    void listsArchivedSuppliers() {
        api.stubFor(get(urlPathEqualTo(SUPPLIERS)).willReturn(okJson(ModelFixture.text("suppliers-page.json"))));

        client.suppliers().list(SupplierStatus.ARCHIVED);

        api.verify(1, sdkGetPath(SUPPLIERS).withQueryParam("$filter", equalToJson("{\"status\":{\"$equal\":\"archived\"}}")));
    }

    @Test
    @DisplayName("a status this version does not know is sent as given")
    void sendsAStatusThisVersionDoesNotKnow() {
        api.stubFor(get(urlPathEqualTo(SUPPLIERS)).willReturn(okJson(ModelFixture.text("suppliers-page.json"))));

        client.suppliers().list(SupplierStatus.of("pending_review"));

        api.verify(1, sdkGetPath(SUPPLIERS).withQueryParam("$filter", equalToJson("{\"status\":{\"$equal\":\"pending_review\"}}")));
    }

    @Test
    @DisplayName("list(null) is refused before anything is sent")
    void refusesANullStatus() {
        assertThatNullPointerException().isThrownBy(() -> client.suppliers().list(null)).withMessageContaining("status");

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("async list on another account sends the same filter there")
    void listsSuppliersAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/suppliers";
        api.stubFor(get(urlPathEqualTo(url)).willReturn(okJson(ModelFixture.text("suppliers-page.json"))));

        List<Supplier> suppliers = client.async().account(OTHER_ACCOUNT).suppliers().list(SupplierStatus.ACTIVE).join();

        api.verify(1, sdkGetPath(url).withQueryParam("$filter", equalToJson("{\"status\":{\"$equal\":\"active\"}}")));
        assertThat(suppliers).isEqualTo(ExpectedModels.supplierPage());
    }

    @Test
    @DisplayName("get(id) sends GET .../suppliers/{id} and maps bank accounts and every kind of custom field")
    void getsASupplier() {
        api.stubFor(get(urlEqualTo(SUPPLIERS + "/sup_9a4e21")).willReturn(okJson(ModelFixture.text("supplier.json"))));

        Supplier supplier = client.suppliers().get("sup_9a4e21");

        api.verify(1, sdkGet(SUPPLIERS + "/sup_9a4e21"));
        assertThat(supplier).isEqualTo(ExpectedModels.supplier());
    }

    @Test
    @DisplayName("async get(id) completes with the same supplier")
    void getsASupplierAsynchronously() {
        api.stubFor(get(urlEqualTo(SUPPLIERS + "/sup_9a4e21")).willReturn(okJson(ModelFixture.text("supplier.json"))));

        Supplier supplier = client.async().suppliers().get("sup_9a4e21").join();

        api.verify(1, sdkGet(SUPPLIERS + "/sup_9a4e21"));
        assertThat(supplier).isEqualTo(ExpectedModels.supplier());
    }
}
