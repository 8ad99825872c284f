package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.IncompleteListException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamMemberRole;
import io.github.payhawk4j.model.team.TeamPatch;
import io.github.payhawk4j.service.async.TeamServiceAsync;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TeamService: the ten team and team member operations, each blocking, asynchronous and with the raw response,
 * in every scope it is reached from: the default account, another account and a group.
 */
class TeamServiceTest {

    private static final String TEAM_ID = "team_7f3a";
    private static final String MEMBER_ID = "usr_2b91";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    /** Where the service is reached from, and the path prefix its calls must go to. */
    enum Scope {
        DEFAULT_ACCOUNT("/api/v3/accounts/" + StubbedPayhawkApi.DEFAULT_ACCOUNT, PayhawkClient::teams, c -> c.async().teams()),
        OTHER_ACCOUNT("/api/v3/accounts/" + StubbedPayhawkApi.OTHER_ACCOUNT,
                c -> c.account(StubbedPayhawkApi.OTHER_ACCOUNT).teams(), c -> c.async().account(StubbedPayhawkApi.OTHER_ACCOUNT).teams()),
        GROUP("/api/v3/groups/acme_group", c -> c.group("acme_group").teams(), c -> c.async().group("acme_group").teams());

        final String prefix;
        final Function<PayhawkClient, TeamService> blocking;
        final Function<PayhawkClient, TeamServiceAsync> async;

        Scope(String prefix, Function<PayhawkClient, TeamService> blocking, Function<PayhawkClient, TeamServiceAsync> async) {
            this.prefix = prefix;
            this.blocking = blocking;
            this.async = async;
        }

        String teams() {
            return prefix + "/teams";
        }

        String team() {
            return teams() + "/" + TEAM_ID;
        }

        String members() {
            return team() + "/members";
        }

        String member() {
            return members() + "/" + MEMBER_ID;
        }
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("list() sends GET .../teams and maps every team, unknown fields kept")
    void listsTeams(Scope scope) {
        api.stubFor(get(urlEqualTo(scope.teams())).willReturn(okJson(ModelFixture.text("teams-page.json"))
                .withHeader("X-Request-Id", "req_teams")));

        List<Team> blocking = scope.blocking.apply(client).list();
        List<Team> async = scope.async.apply(client).list().join();
        RawResponse<List<Team>> raw = scope.blocking.apply(client).withRawResponse().list();
        RawResponse<List<Team>> asyncRaw = scope.async.apply(client).withRawResponse().list().join();

        api.verify(4, sdkGet(scope.teams()));
        assertThat(blocking).isEqualTo(List.of(operations(), warehouse())).isEqualTo(async)
                .isEqualTo(raw.value()).isEqualTo(asyncRaw.value());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req_teams");
        assertThat(asyncRaw.requestId()).contains("req_teams");
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("create(team) POSTs exactly the name, external id and parent, and maps the created team")
    void createsATeam(Scope scope) {
        api.stubFor(post(urlEqualTo(scope.teams())).willReturn(okJson(ModelFixture.text("team.json"))));
        TeamPatch newTeam = TeamPatch.builder().name("Warehouse Sofia").externalId("CC-310").parentId("team_ops").build();

        Team blocking = scope.blocking.apply(client).create(newTeam);
        Team async = scope.async.apply(client).create(newTeam).join();
        RawResponse<Team> raw = scope.blocking.apply(client).withRawResponse().create(newTeam);
        RawResponse<Team> asyncRaw = scope.async.apply(client).withRawResponse().create(newTeam).join();

        api.verify(4, sdkJsonPost(scope.teams())
                .withRequestBody(equalToJson("{\"name\":\"Warehouse Sofia\",\"externalId\":\"CC-310\",\"parentId\":\"team_ops\"}")));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(warehouse());
        assertThat(raw.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("create(team) without a name is refused before anything is sent, blocking and async")
    void refusesATeamWithoutName(Scope scope) {
        TeamPatch nameless = TeamPatch.builder().externalId("CC-310").build();

        assertThatIllegalArgumentException().isThrownBy(() -> scope.blocking.apply(client).create(nameless))
                .withMessageContaining("name");
        assertThatThrownBy(() -> scope.async.apply(client).create(nameless).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> scope.blocking.apply(client).create(null));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("get(teamId) sends GET .../teams/{teamId} and maps the team")
    void getsATeam(Scope scope) {
        api.stubFor(get(urlEqualTo(scope.team())).willReturn(okJson(ModelFixture.text("team.json"))));

        Team blocking = scope.blocking.apply(client).get(TEAM_ID);
        Team async = scope.async.apply(client).get(TEAM_ID).join();
        RawResponse<Team> raw = scope.blocking.apply(client).withRawResponse().get(TEAM_ID);
        RawResponse<Team> asyncRaw = scope.async.apply(client).withRawResponse().get(TEAM_ID).join();

        api.verify(4, sdkGet(scope.team()));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(warehouse());
        assertThat(blocking.additionalProperties()).containsExactly(java.util.Map.entry("costCentreCode", TextNode.valueOf("310")));
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("update(teamId, patch) PATCHes only what the patch sets, and null for what it clears")
    void updatesATeam(Scope scope) {
        api.stubFor(patch(urlEqualTo(scope.team())).willReturn(okJson(ModelFixture.text("team.json"))));
        TeamPatch rename = TeamPatch.builder().name("Warehouse Sofia").clearParentId().build();

        Team blocking = scope.blocking.apply(client).update(TEAM_ID, rename);
        Team async = scope.async.apply(client).update(TEAM_ID, rename).join();
        RawResponse<Team> raw = scope.blocking.apply(client).withRawResponse().update(TEAM_ID, rename);
        RawResponse<Team> asyncRaw = scope.async.apply(client).withRawResponse().update(TEAM_ID, rename).join();

        api.verify(4, sdkJsonPatch(scope.team()).withRequestBody(equalToJson("{\"name\":\"Warehouse Sofia\",\"parentId\":null}")));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(warehouse());
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("delete(teamId) sends DELETE .../teams/{teamId} without body and accepts 204")
    void deletesATeam(Scope scope) {
        api.stubFor(delete(urlEqualTo(scope.team())).willReturn(aResponse().withStatus(204)));

        scope.blocking.apply(client).delete(TEAM_ID);
        scope.async.apply(client).delete(TEAM_ID).join();
        RawResponse<Void> raw = scope.blocking.apply(client).withRawResponse().delete(TEAM_ID);
        RawResponse<Void> asyncRaw = scope.async.apply(client).withRawResponse().delete(TEAM_ID).join();

        api.verify(4, sdkDelete(scope.team()));
        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(asyncRaw.statusCode()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("listMembers(teamId) sends GET .../members and maps roles, an unknown role kept as it came")
    void listsMembers(Scope scope) {
        api.stubFor(get(urlEqualTo(scope.members())).willReturn(okJson(ModelFixture.text("team-members-page.json"))));

        List<TeamMember> blocking = scope.blocking.apply(client).listMembers(TEAM_ID);
        List<TeamMember> async = scope.async.apply(client).listMembers(TEAM_ID).join();
        RawResponse<List<TeamMember>> raw = scope.blocking.apply(client).withRawResponse().listMembers(TEAM_ID);
        RawResponse<List<TeamMember>> asyncRaw = scope.async.apply(client).withRawResponse().listMembers(TEAM_ID).join();

        api.verify(4, sdkGet(scope.members()));
        TeamMember employee = TeamMember.builder().memberId("usr_77c0").roles(List.of(TeamMemberRole.EMPLOYEE)).build();
        assertThat(blocking).isEqualTo(List.of(manager(), employee)).isEqualTo(async).isEqualTo(raw.value())
                .isEqualTo(asyncRaw.value());
        TeamMemberRole approver = blocking.get(0).roles().get(2);
        assertThat(approver.isKnown()).isFalse();
        assertThat(approver.known()).isEqualTo(TeamMemberRole.Known.UNKNOWN);
        assertThat(approver.value()).isEqualTo("approver");
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("addMember(teamId, member) POSTs exactly the member id and roles, and maps the member")
    void addsAMember(Scope scope) {
        api.stubFor(post(urlEqualTo(scope.members())).willReturn(okJson(ModelFixture.text("team-member.json"))));
        NewTeamMember member = NewTeamMember.of(MEMBER_ID, TeamMemberRole.EMPLOYEE, TeamMemberRole.MANAGER);

        TeamMember blocking = scope.blocking.apply(client).addMember(TEAM_ID, member);
        TeamMember async = scope.async.apply(client).addMember(TEAM_ID, member).join();
        RawResponse<TeamMember> raw = scope.blocking.apply(client).withRawResponse().addMember(TEAM_ID, member);
        RawResponse<TeamMember> asyncRaw = scope.async.apply(client).withRawResponse().addMember(TEAM_ID, member).join();

        api.verify(4, sdkJsonPost(scope.members())
                .withRequestBody(equalToJson("{\"memberId\":\"usr_2b91\",\"roles\":[\"employee\",\"manager\"]}")));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(manager());
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("getMember(teamId, memberId) sends GET .../members/{memberId} and maps the member")
    void getsAMember(Scope scope) {
        api.stubFor(get(urlEqualTo(scope.member())).willReturn(okJson(ModelFixture.text("team-member.json"))));

        TeamMember blocking = scope.blocking.apply(client).getMember(TEAM_ID, MEMBER_ID);
        TeamMember async = scope.async.apply(client).getMember(TEAM_ID, MEMBER_ID).join();
        RawResponse<TeamMember> raw = scope.blocking.apply(client).withRawResponse().getMember(TEAM_ID, MEMBER_ID);
        RawResponse<TeamMember> asyncRaw = scope.async.apply(client).withRawResponse().getMember(TEAM_ID, MEMBER_ID).join();

        api.verify(4, sdkGet(scope.member()));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(manager());
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("updateMember(teamId, memberId, patch) PATCHes exactly the new roles and maps the member")
    void updatesAMember(Scope scope) {
        api.stubFor(patch(urlEqualTo(scope.member())).willReturn(okJson(ModelFixture.text("team-member.json"))));
        TeamMemberPatch roles = TeamMemberPatch.of(TeamMemberRole.MANAGER);

        TeamMember blocking = scope.blocking.apply(client).updateMember(TEAM_ID, MEMBER_ID, roles);
        TeamMember async = scope.async.apply(client).updateMember(TEAM_ID, MEMBER_ID, roles).join();
        RawResponse<TeamMember> raw = scope.blocking.apply(client).withRawResponse().updateMember(TEAM_ID, MEMBER_ID, roles);
        RawResponse<TeamMember> asyncRaw = scope.async.apply(client).withRawResponse()
                .updateMember(TEAM_ID, MEMBER_ID, roles).join();

        api.verify(4, sdkJsonPatch(scope.member()).withRequestBody(equalToJson("{\"roles\":[\"manager\"]}")));
        assertThat(List.of(blocking, async, raw.value(), asyncRaw.value())).containsOnly(manager());
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    @DisplayName("removeMember(teamId, memberId) sends DELETE .../members/{memberId} without body and accepts 204")
    void removesAMember(Scope scope) {
        api.stubFor(delete(urlEqualTo(scope.member())).willReturn(aResponse().withStatus(204)));

        scope.blocking.apply(client).removeMember(TEAM_ID, MEMBER_ID);
        scope.async.apply(client).removeMember(TEAM_ID, MEMBER_ID).join();
        RawResponse<Void> raw = scope.blocking.apply(client).withRawResponse().removeMember(TEAM_ID, MEMBER_ID);
        RawResponse<Void> asyncRaw = scope.async.apply(client).withRawResponse().removeMember(TEAM_ID, MEMBER_ID).join();

        api.verify(4, sdkDelete(scope.member()));
        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(asyncRaw.statusCode()).isEqualTo(204);
    }

    @Test
    @DisplayName("a member without id or roles cannot be built, so it is never sent")
    void refusesAnIncompleteMember() {
        assertThatNullPointerException().isThrownBy(() -> NewTeamMember.builder().roles(List.of(TeamMemberRole.EMPLOYEE)).build())
                .withMessageContaining("memberId");
        assertThatNullPointerException().isThrownBy(() -> NewTeamMember.builder().memberId(MEMBER_ID).build())
                .withMessageContaining("roles");
        assertThatIllegalStateException().isThrownBy(() -> NewTeamMember.of(MEMBER_ID)).withMessageContaining("at least one");
        assertThatIllegalStateException().isThrownBy(() -> TeamMemberPatch.of()).withMessageContaining("at least one");
        assertThatNullPointerException().isThrownBy(() -> client.teams().addMember(TEAM_ID, null));
        assertThatNullPointerException().isThrownBy(() -> client.group("acme_group").teams().updateMember(TEAM_ID, MEMBER_ID, null));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("clearing a field sends it as null; setting it again sends the value; unset fields are not sent")
    void patchesSendOnlyWhatTheySetOrClear() {
        api.stubFor(patch(urlEqualTo(Scope.GROUP.team())).willReturn(okJson(ModelFixture.text("team.json"))));
        TeamService teams = client.group("acme_group").teams();

        teams.update(TEAM_ID, TeamPatch.builder().clearExternalId().build());
        teams.update(TEAM_ID, TeamPatch.builder().clearParentId().parentId("team_finance").build());

        api.verify(1, sdkJsonPatch(Scope.GROUP.team()).withRequestBody(equalToJson("{\"externalId\":null}")));
        api.verify(1, sdkJsonPatch(Scope.GROUP.team()).withRequestBody(equalToJson("{\"parentId\":\"team_finance\"}")));
        assertThat(api.getAllServeEvents()).map(event -> event.getRequest().getBodyAsString())
                .containsExactlyInAnyOrder("{\"externalId\":null}", "{\"parentId\":\"team_finance\"}");
    }

    @Test
    @DisplayName("a team or member Payhawk does not have is a NotFoundException, in both views")
    void unknownTeamIsNotFound() {
        api.stubFor(get(urlEqualTo(Scope.GROUP.member())).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"not_found\",\"message\":\"Team member not found\"}")));

        assertThatThrownBy(() -> client.group("acme_group").teams().getMember(TEAM_ID, MEMBER_ID))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Team member not found");
        assertThatThrownBy(() -> client.async().group("acme_group").teams().getMember(TEAM_ID, MEMBER_ID).join())
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a team list whose total says it holds fewer than all teams fails instead of silently dropping some")
    void truncatedTeamListFails() {
        api.stubFor(get(urlEqualTo(Scope.DEFAULT_ACCOUNT.teams()))
                .willReturn(okJson("{\"items\":[{\"id\":\"team_ops\",\"name\":\"Operations\",\"hierarchy\":\"Operations\"}],\"total\":2}")));

        assertThatThrownBy(() -> client.teams().list()).isInstanceOf(IncompleteListException.class);
    }

    @Test
    @DisplayName("a blank group id is refused when the scope is made")
    void refusesABlankGroupId() {
        assertThatIllegalArgumentException().isThrownBy(() -> client.group(" ")).withMessageContaining("groupId");
        assertThatIllegalArgumentException().isThrownBy(() -> client.async().group(null)).withMessageContaining("groupId");
        assertThat(client.group("acme_group").groupId()).isEqualTo("acme_group");
    }

    private static Team operations() {
        return Team.builder().id("team_ops").name("Operations").hierarchy("Operations").build();
    }

    private static Team warehouse() {
        return Team.builder().id(TEAM_ID).name("Warehouse Sofia").hierarchy("Operations / Warehouse Sofia")
                .externalId("CC-310").parentId("team_ops").putAdditionalProperty("costCentreCode", TextNode.valueOf("310"))
                .build();
    }

    private static TeamMember manager() {
        return TeamMember.builder().memberId(MEMBER_ID)
                .roles(List.of(TeamMemberRole.EMPLOYEE, TeamMemberRole.MANAGER, TeamMemberRole.of("approver")))
                .putAdditionalProperty("memberSince", TextNode.valueOf("2026-03-01T08:00:00Z"))
                .build();
    }
}
