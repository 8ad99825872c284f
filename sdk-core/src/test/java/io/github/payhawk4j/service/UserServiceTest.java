package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.AccountUserRole;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkDelete;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPatch;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkJsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UserService: list (filtered), invite, update, delete and reimbursement details of account users. */
class UserServiceTest {

    private static final String USERS = "/api/v3/accounts/acme_logistics/users";
    private static final String ANA_JSON = """
            {"id":"usr_ana","email":"ana@acme.com","role":"accounting","firstName":"Ana","lastName":"Petrova",
             "createdAt":"2026-02-03T04:05:06.789Z","externalId":"EMP-7","department":"Finance"}""";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    static AccountUser ana() {
        return AccountUser.builder().id("usr_ana").email("ana@acme.com").role(AccountUserRole.ACCOUNTING).firstName("Ana")
                .lastName("Petrova").createdAt(Instant.parse("2026-02-03T04:05:06.789Z")).externalId("EMP-7")
                .putAdditionalProperty("department", JsonNodeFactory.instance.textNode("Finance")).build();
    }

    @Test
    @DisplayName("list() sends GET .../users and maps every field; an unknown role stays readable")
    void listsUsers() {
        api.stubFor(get(urlEqualTo(USERS)).willReturn(okJson("""
                {"items":[%s,{"id":"usr_bo","email":"bo@acme.com","role":"auditor","createdAt":"2026-02-03T04:05:06Z"}],
                 "total":2}""".formatted(ANA_JSON))));

        List<AccountUser> users = client.users().list();

        assertThat(users).containsExactly(ana(), AccountUser.builder().id("usr_bo").email("bo@acme.com")
                .role(AccountUserRole.of("auditor")).createdAt(Instant.parse("2026-02-03T04:05:06Z")).build());
        assertThat(users.get(1).role().known()).isEqualTo(AccountUserRole.Known.UNKNOWN);
        assertThat(client.async().users().list().join()).isEqualTo(users);
        assertThat(client.users().withRawResponse().list().value()).isEqualTo(users);
        assertThat(client.async().users().withRawResponse().list().join().value()).isEqualTo(users);
        api.verify(4, sdkGet(USERS));
    }

    @Test
    @DisplayName("list(filter) sends the filter as URL-encoded JSON in $filter")
    void listsFilteredUsers() {
        String url = USERS + "?%24filter=%7B%22%24and%22%3A%5B%7B%22email%22%3A%7B%22%24in%22%3A%5B%22ana%40acme.com%22%2C"
                + "%22bo%40acme.com%22%5D%7D%7D%2C%7B%22externalId%22%3A%7B%22%24equal%22%3A%22EMP-7%22%7D%7D%5D%7D";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson("{\"items\":[" + ANA_JSON + "],\"total\":1}")));
        UserFilter filter = UserFilter.email().in("ana@acme.com", "bo@acme.com").and(UserFilter.externalId().equalTo("EMP-7"));

        assertThat(client.users().list(filter)).containsExactly(ana());
        assertThat(client.async().users().list(filter).join()).containsExactly(ana());
        assertThat(client.users().withRawResponse().list(filter).value()).containsExactly(ana());
        assertThat(client.async().users().withRawResponse().list(filter).join().value()).containsExactly(ana());
        api.verify(4, sdkGet(url));
        assertThat(UserFilter.id().equalTo("usr_ana").toJsonTree()).isEqualTo(Map.of("id", Map.of("$equal", "usr_ana")));
    }

    @Test
    @DisplayName("invite(user) POSTs the new user as JSON and returns the account user")
    void invitesAUser() {
        api.stubFor(post(urlEqualTo(USERS)).willReturn(okJson(ANA_JSON)));
        NewAccountUser invitation = NewAccountUser.builder().email("ana@acme.com").role(AccountUserRole.ACCOUNTING)
                .firstName("Ana").lastName("Petrova").build();

        assertThat(client.users().invite(invitation)).isEqualTo(ana());
        assertThat(client.async().users().invite(invitation).join()).isEqualTo(ana());
        assertThat(client.users().withRawResponse().invite(invitation).value()).isEqualTo(ana());
        assertThat(client.async().users().withRawResponse().invite(invitation).join().value()).isEqualTo(ana());

        api.verify(4, sdkJsonPost(USERS).withRequestBody(equalToJson("""
                {"email":"ana@acme.com","role":"accounting","firstName":"Ana","lastName":"Petrova"}""")));
    }

    @Test
    @DisplayName("a new user without email or role is refused when built, before anything is sent")
    void refusesAnIncompleteInvitation() {
        assertThatThrownBy(() -> NewAccountUser.builder().role(AccountUserRole.ADMIN).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> NewAccountUser.builder().email("x@acme.com").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("role");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("update(id, patch) PATCHes only the set fields; delete(id) sends DELETE; both read the 204")
    void updatesAndDeletesAUser() {
        String url = USERS + "/usr_ana";
        api.stubFor(patch(urlEqualTo(url)).willReturn(noContent()));
        api.stubFor(delete(urlEqualTo(url)).willReturn(noContent()));
        AccountUserPatch change = AccountUserPatch.builder().externalId("EMP-8").build();

        client.users().update("usr_ana", change);
        client.async().users().update("usr_ana", change).join();
        assertThat(client.users().withRawResponse().update("usr_ana", change).statusCode()).isEqualTo(204);
        assertThat(client.async().users().withRawResponse().update("usr_ana", change).join().statusCode()).isEqualTo(204);
        client.users().delete("usr_ana");
        client.async().users().delete("usr_ana").join();
        assertThat(client.users().withRawResponse().delete("usr_ana").statusCode()).isEqualTo(204);
        assertThat(client.async().users().withRawResponse().delete("usr_ana").join().statusCode()).isEqualTo(204);

        api.verify(4, sdkJsonPatch(url).withRequestBody(equalToJson("{\"externalId\":\"EMP-8\"}")));
        api.verify(4, sdkDelete(url));
    }

    @Test
    @DisplayName("reimbursementDetails(id) maps the details, and is empty on Payhawk's 204")
    void readsReimbursementDetails() {
        String url = USERS + "/usr_ana/reimbursement-details";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson("{\"accountHolder\":\"Ana Petrova\",\"currency\":\"EUR\",\"iban\":\"BG1\"}")));
        api.stubFor(get(urlEqualTo(USERS + "/usr_bo/reimbursement-details")).willReturn(aResponse().withStatus(204)));
        UserReimbursementDetails expected = UserReimbursementDetails.builder().accountHolder("Ana Petrova").currency("EUR")
                .putAdditionalProperty("iban", JsonNodeFactory.instance.textNode("BG1")).build();

        assertThat(client.users().reimbursementDetails("usr_ana")).contains(expected);
        assertThat(client.async().users().reimbursementDetails("usr_ana").join()).contains(expected);
        assertThat(client.users().withRawResponse().reimbursementDetails("usr_ana").value()).contains(expected);
        assertThat(client.async().users().withRawResponse().reimbursementDetails("usr_ana").join().value()).contains(expected);
        assertThat(client.users().reimbursementDetails("usr_bo")).isEqualTo(Optional.empty());
        api.verify(4, sdkGet(url));
    }
}
