package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamPatch;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.TeamServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link TeamServiceAsync}, of an account or of a group: the blocking service's operations, sent without blocking. */
public final class TeamServiceAsyncImpl implements TeamServiceAsync {

    private final OperationRunner runner;
    private final TeamOperations operations;
    private final WithRawResponse raw = new Raw();

    private TeamServiceAsyncImpl(OperationRunner runner, TeamOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    /** The teams of {@code accountId}, sent through {@code runner}. */
    public static TeamServiceAsync ofAccount(OperationRunner runner, String accountId) {
        return new TeamServiceAsyncImpl(runner, new TeamOperations(runner.transport(), PathScope.account(accountId)));
    }

    /** The teams of the group {@code groupId}, sent through {@code runner}. */
    public static TeamServiceAsync ofGroup(OperationRunner runner, String groupId) {
        return new TeamServiceAsyncImpl(runner, new TeamOperations(runner.transport(), PathScope.group(groupId)));
    }

    @Override
    public TeamServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new TeamServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<Team>> list() {
        return runner.valueAsync(operations::list);
    }

    @Override
    public CompletableFuture<Team> create(TeamPatch team) {
        return runner.valueAsync(() -> operations.create(team));
    }

    @Override
    public CompletableFuture<Team> get(String teamId) {
        return runner.valueAsync(() -> operations.get(teamId));
    }

    @Override
    public CompletableFuture<Team> update(String teamId, TeamPatch patch) {
        return runner.valueAsync(() -> operations.update(teamId, patch));
    }

    @Override
    public CompletableFuture<Void> delete(String teamId) {
        return runner.valueAsync(() -> operations.delete(teamId));
    }

    @Override
    public CompletableFuture<List<TeamMember>> listMembers(String teamId) {
        return runner.valueAsync(() -> operations.listMembers(teamId));
    }

    @Override
    public CompletableFuture<TeamMember> addMember(String teamId, NewTeamMember member) {
        return runner.valueAsync(() -> operations.addMember(teamId, member));
    }

    @Override
    public CompletableFuture<TeamMember> getMember(String teamId, String memberId) {
        return runner.valueAsync(() -> operations.getMember(teamId, memberId));
    }

    @Override
    public CompletableFuture<TeamMember> updateMember(String teamId, String memberId, TeamMemberPatch patch) {
        return runner.valueAsync(() -> operations.updateMember(teamId, memberId, patch));
    }

    @Override
    public CompletableFuture<Void> removeMember(String teamId, String memberId) {
        return runner.valueAsync(() -> operations.removeMember(teamId, memberId));
    }

    @Override
    public String toString() {
        return "TeamServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<Team>>> list() {
            return runner.rawAsync(operations::list);
        }

        @Override
        public CompletableFuture<RawResponse<Team>> create(TeamPatch team) {
            return runner.rawAsync(() -> operations.create(team));
        }

        @Override
        public CompletableFuture<RawResponse<Team>> get(String teamId) {
            return runner.rawAsync(() -> operations.get(teamId));
        }

        @Override
        public CompletableFuture<RawResponse<Team>> update(String teamId, TeamPatch patch) {
            return runner.rawAsync(() -> operations.update(teamId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> delete(String teamId) {
            return runner.rawAsync(() -> operations.delete(teamId));
        }

        @Override
        public CompletableFuture<RawResponse<List<TeamMember>>> listMembers(String teamId) {
            return runner.rawAsync(() -> operations.listMembers(teamId));
        }

        @Override
        public CompletableFuture<RawResponse<TeamMember>> addMember(String teamId, NewTeamMember member) {
            return runner.rawAsync(() -> operations.addMember(teamId, member));
        }

        @Override
        public CompletableFuture<RawResponse<TeamMember>> getMember(String teamId, String memberId) {
            return runner.rawAsync(() -> operations.getMember(teamId, memberId));
        }

        @Override
        public CompletableFuture<RawResponse<TeamMember>> updateMember(String teamId, String memberId, TeamMemberPatch patch) {
            return runner.rawAsync(() -> operations.updateMember(teamId, memberId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> removeMember(String teamId, String memberId) {
            return runner.rawAsync(() -> operations.removeMember(teamId, memberId));
        }
    }
}
