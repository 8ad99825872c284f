package io.github.payhawk4j.client;

import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.TeamServiceAsyncImpl;
import io.github.payhawk4j.service.async.TeamServiceAsync;

/**
 * The async services of one Payhawk group: {@code client.async().group("acme_group").teams()}.
 * Immutable and thread-safe; cheap to create.
 */
public final class GroupScopeAsync {

    private final String groupId;
    private final TeamServiceAsync teams;

    GroupScopeAsync(OperationRunner runner, String groupId) {
        this.groupId = GroupScope.requireGroupId(groupId);
        this.teams = TeamServiceAsyncImpl.ofGroup(runner, groupId);
    }

    /** The group these services work on. */
    public String groupId() {
        return groupId;
    }

    /** The group's teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamServiceAsync teams() {
        return teams;
    }

    @Override
    public String toString() {
        return "GroupScopeAsync{" + groupId + '}';
    }
}
