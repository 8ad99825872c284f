package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamMemberRole;
import io.github.payhawk4j.model.team.TeamPatch;
import io.github.payhawk4j.service.TeamService;
import io.github.payhawk4j.service.async.TeamServiceAsync;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TeamService against the sandbox, in every scope: teams and members kept, Payhawk's rules enforced with its
 * errors (400, 404, 409), the key checked (401, 403) and the rate limit applied (429).
 */
class TeamsAgainstSandboxTest {

    private static final String OTHER_ACCOUNT = "globex";

    /** Where the teams are reached from. */
    enum Scope {
        DEFAULT_ACCOUNT((client, sandbox) -> client.teams(), (client, sandbox) -> client.async().teams()),
        OTHER_ACCOUNT((client, sandbox) -> client.account(TeamsAgainstSandboxTest.OTHER_ACCOUNT).teams(),
                (client, sandbox) -> client.async().account(TeamsAgainstSandboxTest.OTHER_ACCOUNT).teams()),
        GROUP((client, sandbox) -> client.group(sandbox.groupId()).teams(),
                (client, sandbox) -> client.async().group(sandbox.groupId()).teams());

        final BiFunction<PayhawkClient, PayhawkSandbox, TeamService> blocking;
        final BiFunction<PayhawkClient, PayhawkSandbox, TeamServiceAsync> async;

        Scope(BiFunction<PayhawkClient, PayhawkSandbox, TeamService> blocking,
              BiFunction<PayhawkClient, PayhawkSandbox, TeamServiceAsync> async) {
            this.blocking = blocking;
            this.async = async;
        }
    }

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox()
                .additionalAccount(OTHER_ACCOUNT)
                .restrictedApiKey("globex-only", OTHER_ACCOUNT)
                .start();
        client = clientWithKey(sandbox.apiKey()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PayhawkClient.Builder clientWithKey(String key) {
        return PayhawkClient.builder().apiKey(key).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl());
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    void teamsAreCreatedReadRenamedMovedAndDeleted(Scope scope) {
        TeamService teams = scope.blocking.apply(client, sandbox);
        TeamServiceAsync async = scope.async.apply(client, sandbox);

        Team operations = teams.create(TeamPatch.builder().name("Operations").externalId("OPS").build());
        Team warehouse = async.create(TeamPatch.builder().name("Warehouse Sofia").parentId(operations.id()).build()).join();

        assertThat(operations.id()).isNotBlank();
        assertThat(operations.hierarchy()).isEqualTo("Operations");
        assertThat(operations.externalId()).isEqualTo("OPS");
        assertThat(operations.parentId()).isNull();
        assertThat(warehouse.hierarchy()).isEqualTo("Operations / Warehouse Sofia");
        assertThat(warehouse.parentId()).isEqualTo(operations.id());
        assertThat(teams.list()).containsExactly(operations, warehouse);
        assertThat(async.get(warehouse.id()).join()).isEqualTo(warehouse);
        assertThat(teams.withRawResponse().get(operations.id()).statusCode()).isEqualTo(200);

        teams.update(operations.id(), TeamPatch.builder().name("Logistics").build());
        assertThat(teams.get(warehouse.id()).hierarchy()).as("the hierarchy follows the parent's new name")
                .isEqualTo("Logistics / Warehouse Sofia");
        assertThat(teams.get(operations.id()).externalId()).as("a field the patch does not set is kept").isEqualTo("OPS");

        Team moved = async.update(warehouse.id(), TeamPatch.builder().clearParentId().externalId("WH-1").build()).join();
        assertThat(moved.parentId()).isNull();
        assertThat(moved.hierarchy()).isEqualTo("Warehouse Sofia");
        assertThat(moved.externalId()).isEqualTo("WH-1");
        assertThat(teams.update(operations.id(), TeamPatch.builder().clearExternalId().build()).externalId()).isNull();

        assertThat(teams.withRawResponse().delete(warehouse.id()).statusCode()).isEqualTo(204);
        async.delete(operations.id()).join();
        assertThat(teams.list()).isEmpty();
        assertThatThrownBy(() -> teams.get(warehouse.id())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(warehouse.id());
        assertThatThrownBy(() -> teams.delete(warehouse.id())).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    void membersAreAddedOnceReadGivenNewRolesAndRemoved(Scope scope) {
        TeamService teams = scope.blocking.apply(client, sandbox);
        TeamServiceAsync async = scope.async.apply(client, sandbox);
        String teamId = teams.create(TeamPatch.builder().name("Finance").build()).id();

        TeamMember ana = teams.addMember(teamId, NewTeamMember.of("usr_ana", TeamMemberRole.EMPLOYEE));
        TeamMember boris = async.addMember(teamId, NewTeamMember.of("usr_boris", TeamMemberRole.MANAGER, TeamMemberRole.EMPLOYEE)).join();

        assertThat(ana).isEqualTo(TeamMember.builder().memberId("usr_ana").roles(List.of(TeamMemberRole.EMPLOYEE)).build());
        assertThat(boris.roles()).containsExactly(TeamMemberRole.MANAGER, TeamMemberRole.EMPLOYEE);
        assertThat(teams.listMembers(teamId)).containsExactly(ana, boris);
        assertThat(async.getMember(teamId, "usr_boris").join()).isEqualTo(boris);
        assertThatThrownBy(() -> teams.addMember(teamId, NewTeamMember.of("usr_ana", TeamMemberRole.MANAGER)))
                .as("adding a member twice").isInstanceOfSatisfying(PayhawkException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.code()).hasValue("conflict");
                });
        assertThat(teams.getMember(teamId, "usr_ana").roles()).as("the refused add changed nothing")
                .containsExactly(TeamMemberRole.EMPLOYEE);

        TeamMember promoted = teams.updateMember(teamId, "usr_ana", TeamMemberPatch.of(TeamMemberRole.EMPLOYEE, TeamMemberRole.MANAGER));
        assertThat(promoted.roles()).containsExactly(TeamMemberRole.EMPLOYEE, TeamMemberRole.MANAGER);
        assertThat(teams.getMember(teamId, "usr_ana")).isEqualTo(promoted);

        assertThat(teams.withRawResponse().removeMember(teamId, "usr_ana").statusCode()).isEqualTo(204);
        async.removeMember(teamId, "usr_boris").join();
        assertThat(teams.listMembers(teamId)).isEmpty();
        assertThatThrownBy(() -> teams.getMember(teamId, "usr_ana")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teams.removeMember(teamId, "usr_ana")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teams.updateMember(teamId, "usr_ana", TeamMemberPatch.of(TeamMemberRole.MANAGER)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    void payhawksRulesAreEnforcedWithItsErrors(Scope scope) {
        TeamService teams = scope.blocking.apply(client, sandbox);
        Team parent = teams.create(TeamPatch.builder().name("Sales").externalId("S").build());
        Team child = teams.create(TeamPatch.builder().name("Sales DE").parentId(parent.id()).build());

        assertThatThrownBy(() -> teams.create(TeamPatch.builder().name("Orphan").parentId("team_404").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("team_404");
        assertThatThrownBy(() -> teams.update(parent.id(), TeamPatch.builder().parentId(child.id()).build()))
                .as("a team under its own sub-team").isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> teams.create(TeamPatch.builder().name("Sales again").externalId("S").build()))
                .as("an external id twice").isInstanceOfSatisfying(PayhawkException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> teams.delete(parent.id())).as("a team with sub-teams")
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> teams.addMember(child.id(), NewTeamMember.of("usr_ana", TeamMemberRole.of("approver"))))
                .as("a role Payhawk does not have").isInstanceOf(InvalidRequestException.class).hasMessageContaining("approver");
        assertThatThrownBy(() -> teams.update(parent.id(), TeamPatch.builder().putAdditionalProperty("colour",
                com.fasterxml.jackson.databind.node.TextNode.valueOf("red")).build()))
                .as("a field ITeamPatch does not have").isInstanceOf(InvalidRequestException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> teams.get("team_404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teams.listMembers("team_404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> teams.addMember("team_404", NewTeamMember.of("usr_ana", TeamMemberRole.EMPLOYEE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(teams.list()).as("refused calls changed nothing").containsExactly(parent, child);
    }

    @Test
    void eachAccountAndTheGroupHaveTheirOwnTeams() {
        Team inAccount = client.teams().create(TeamPatch.builder().name("Account team").build());
        Team inGroup = client.group(sandbox.groupId()).teams().create(TeamPatch.builder().name("Group team").build());

        assertThat(client.teams().list()).containsExactly(inAccount);
        assertThat(client.group(sandbox.groupId()).teams().list()).containsExactly(inGroup);
        assertThat(client.account(OTHER_ACCOUNT).teams().list()).isEmpty();
        assertThatThrownBy(() -> client.teams().get(inGroup.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.group(sandbox.groupId()).teams().get(inAccount.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theKeyDecidesWhichScopesAreReachable() {
        PayhawkClient globexOnly = clientWithKey("globex-only").build();
        PayhawkClient wrongKey = clientWithKey("not-a-key").build();

        assertThat(globexOnly.account(OTHER_ACCOUNT).teams().list()).isEmpty();
        assertThatThrownBy(() -> globexOnly.teams().list()).isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> globexOnly.group(sandbox.groupId()).teams().list())
                .as("the group holds accounts the key may not use").isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> wrongKey.group(sandbox.groupId()).teams().list()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> wrongKey.teams().create(TeamPatch.builder().name("x").build()))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> client.group("no-such-group").teams().list()).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-group");
        assertThatThrownBy(() -> client.account("no-such-account").teams().list()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bodiesAreCheckedAsTheSchemasSay() {
        SandboxApi api = new SandboxApi(sandbox);
        String teams = "/api/v3/groups/" + sandbox.groupId() + "/teams";
        String teamId = api.post(teams, "{\"name\":\"Ops\"}").json().get("id").asText();
        String members = teams + "/" + teamId + "/members";

        assertThat(api.post(teams, "{\"externalId\":\"X\"}").status()).as("no name").isEqualTo(400);
        assertThat(api.post(teams, "{\"name\":\"\"}").status()).as("empty name").isEqualTo(400);
        assertThat(api.patch(teams + "/" + teamId, "{\"name\":null}").status()).as("a name cannot be cleared").isEqualTo(400);
        assertThat(api.post(teams, "[]").status()).as("not an object").isEqualTo(400);
        assertThat(api.post(members, "{\"memberId\":\"usr_1\",\"roles\":[]}").status()).as("no role").isEqualTo(400);
        assertThat(api.post(members, "{\"roles\":[\"employee\"]}").status()).as("no member id").isEqualTo(400);
        assertThat(api.post(members, "{\"memberId\":\"usr_1\",\"roles\":[\"employee\",\"employee\"]}").status())
                .as("a role twice").isEqualTo(400);
        SandboxApi.Answer added = api.post(members, "{\"memberId\":\"usr_1\",\"roles\":[\"manager\"]}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(api.patch(members + "/usr_1", "{\"roles\":[\"employee\"],\"memberId\":\"usr_2\"}").status())
                .as("the member id is not patchable").isEqualTo(400);
        SandboxApi.Answer refused = api.patch(members + "/usr_1", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("bad_request");
        assertThat(refused.json().get("message").asText()).contains("roles");
        assertThat(api.get(teams).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(members).json().get("items").get(0).get("roles").get(0).asText()).isEqualTo("manager");
    }

    @ParameterizedTest
    @EnumSource(Scope.class)
    void callsBeyondTheRateLimitAre429(Scope scope) {
        AtomicLong nanos = new AtomicLong();
        try (PayhawkSandbox limited = TestSigner.quickSandbox().additionalAccount(OTHER_ACCOUNT)
                .rateLimit(2, Duration.ofMinutes(1)).rateLimitTicker(nanos::get).start()) {
            PayhawkClient impatient = PayhawkClient.builder().apiKey(limited.apiKey()).accountId(limited.accountId())
                    .baseUrl(limited.baseUrl()).disableRateLimit().maxRetries(0).build();
            TeamService teams = scope.blocking.apply(impatient, limited);
            String teamId = teams.create(TeamPatch.builder().name("Ops").build()).id();
            teams.listMembers(teamId);

            assertThatThrownBy(() -> teams.addMember(teamId, NewTeamMember.of("usr_1", TeamMemberRole.EMPLOYEE)))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
            assertThat(teams.addMember(teamId, NewTeamMember.of("usr_1", TeamMemberRole.EMPLOYEE)).memberId())
                    .as("admitted once the window moved on").isEqualTo("usr_1");
        }
    }
}
