package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamPatch;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.TeamService;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link TeamService}, of an account or of a group. */
public final class TeamServiceImpl implements TeamService {

    private final OperationRunner runner;
    private final TeamOperations operations;
    private final WithRawResponse raw = new Raw();

    private TeamServiceImpl(OperationRunner runner, TeamOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    /** The teams of {@code accountId}, sent through {@code runner}. */
    public static TeamService ofAccount(OperationRunner runner, String accountId) {
        return new TeamServiceImpl(runner, new TeamOperations(runner.transport(), PathScope.account(accountId)));
    }

    /** The teams of the group {@code groupId}, sent through {@code runner}. */
    public static TeamService ofGroup(OperationRunner runner, String groupId) {
        return new TeamServiceImpl(runner, new TeamOperations(runner.transport(), PathScope.group(groupId)));
    }

    @Override
    public TeamService withOptions(Consumer<RequestOptions.Builder> options) {
        return new TeamServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<Team> list() {
        return runner.value(operations.list());
    }

    @Override
    public Team create(TeamPatch team) {
        return runner.value(operations.create(team));
    }

    @Override
    public Team get(String teamId) {
        return runner.value(operations.get(teamId));
    }

    @Override
    public Team update(String teamId, TeamPatch patch) {
        return runner.value(operations.update(teamId, patch));
    }

    @Override
    public void delete(String teamId) {
        runner.value(operations.delete(teamId));
    }

    @Override
    public List<TeamMember> listMembers(String teamId) {
        return runner.value(operations.listMembers(teamId));
    }

    @Override
    public TeamMember addMember(String teamId, NewTeamMember member) {
        return runner.value(operations.addMember(teamId, member));
    }

    @Override
    public TeamMember getMember(String teamId, String memberId) {
        return runner.value(operations.getMember(teamId, memberId));
    }

    @Override
    public TeamMember updateMember(String teamId, String memberId, TeamMemberPatch patch) {
        return runner.value(operations.updateMember(teamId, memberId, patch));
    }

    @Override
    public void removeMember(String teamId, String memberId) {
        runner.value(operations.removeMember(teamId, memberId));
    }

    @Override
    public String toString() {
        return "TeamService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<Team>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<Team> create(TeamPatch team) {
            return runner.raw(operations.create(team));
        }

        @Override
        public RawResponse<Team> get(String teamId) {
            return runner.raw(operations.get(teamId));
        }

        @Override
        public RawResponse<Team> update(String teamId, TeamPatch patch) {
            return runner.raw(operations.update(teamId, patch));
        }

        @Override
        public RawResponse<Void> delete(String teamId) {
            return runner.raw(operations.delete(teamId));
        }

        @Override
        public RawResponse<List<TeamMember>> listMembers(String teamId) {
            return runner.raw(operations.listMembers(teamId));
        }

        @Override
        public RawResponse<TeamMember> addMember(String teamId, NewTeamMember member) {
            return runner.raw(operations.addMember(teamId, member));
        }

        @Override
        public RawResponse<TeamMember> getMember(String teamId, String memberId) {
            return runner.raw(operations.getMember(teamId, memberId));
        }

        @Override
        public RawResponse<TeamMember> updateMember(String teamId, String memberId, TeamMemberPatch patch) {
            return runner.raw(operations.updateMember(teamId, memberId, patch));
        }

        @Override
        public RawResponse<Void> removeMember(String teamId, String memberId) {
            return runner.raw(operations.removeMember(teamId, memberId));
        }
    }
}
