package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamPatch;

import java.util.List;
import java.util.Objects;

/** The team and team member operations of one account or one group: the same paths below either prefix. */
final class TeamOperations {

    private static final String TEAMS = "/teams";
    private static final String TEAM = "/teams/{teamId}";
    private static final String MEMBERS = "/teams/{teamId}/members";
    private static final String MEMBER = "/teams/{teamId}/members/{memberId}";

    private final ApiTransport transport;
    private final PathScope scope;
    private final ResponseReader<Team> team;
    private final ResponseReader<List<Team>> teamList;
    private final ResponseReader<TeamMember> member;
    private final ResponseReader<List<TeamMember>> memberList;

    TeamOperations(ApiTransport transport, PathScope scope) {
        this.transport = transport;
        this.scope = scope;
        this.team = transport.json(Team.class);
        this.teamList = transport.unpagedList(Team.class);
        this.member = transport.json(TeamMember.class);
        this.memberList = transport.unpagedList(TeamMember.class);
    }

    Operation<List<Team>> list() {
        return new Operation<>(scope.request("GET", TEAMS), teamList);
    }

    Operation<Team> create(TeamPatch newTeam) {
        Objects.requireNonNull(newTeam, "team");
        // ITeam requires a name, so a team cannot exist without one, though the shared ITeamPatch body leaves it optional.
        if (newTeam.name() == null || newTeam.name().isBlank()) {
            throw new IllegalArgumentException("a new team needs a name: TeamPatch.builder().name(...)");
        }
        return new Operation<>(transport.withJsonBody(scope.request("POST", TEAMS), newTeam), team);
    }

    Operation<Team> get(String teamId) {
        return new Operation<>(scope.request("GET", TEAM, teamId), team);
    }

    Operation<Team> update(String teamId, TeamPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(scope.request("PATCH", TEAM, teamId), patch), team);
    }

    Operation<Void> delete(String teamId) {
        return new Operation<>(scope.request("DELETE", TEAM, teamId), ApiTransport.noContent());
    }

    Operation<List<TeamMember>> listMembers(String teamId) {
        return new Operation<>(scope.request("GET", MEMBERS, teamId), memberList);
    }

    Operation<TeamMember> addMember(String teamId, NewTeamMember newMember) {
        Objects.requireNonNull(newMember, "member");
        return new Operation<>(transport.withJsonBody(scope.request("POST", MEMBERS, teamId), newMember), member);
    }

    Operation<TeamMember> getMember(String teamId, String memberId) {
        return new Operation<>(scope.request("GET", MEMBER, teamId, memberId), member);
    }

    Operation<TeamMember> updateMember(String teamId, String memberId, TeamMemberPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(scope.request("PATCH", MEMBER, teamId, memberId), patch), member);
    }

    Operation<Void> removeMember(String teamId, String memberId) {
        return new Operation<>(scope.request("DELETE", MEMBER, teamId, memberId), ApiTransport.noContent());
    }
}
