package io.github.payhawk4j.client;

import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.TeamServiceImpl;
import io.github.payhawk4j.service.TeamService;

/**
 * The services of one Payhawk group, the accounts of one organisation managed together:
 * {@code client.group("acme_group").teams()}. Immutable and thread-safe; cheap to create.
 */
public final class GroupScope {

    private final String groupId;
    private final TeamService teams;

    GroupScope(OperationRunner runner, String groupId) {
        this.groupId = requireGroupId(groupId);
        this.teams = TeamServiceImpl.ofGroup(runner, groupId);
    }

    static String requireGroupId(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("groupId must not be empty");
        }
        return groupId;
    }

    /** The group these services work on. */
    public String groupId() {
        return groupId;
    }

    /** The group's teams and their members: list, create, get, update, delete; members list, add, get, update, remove. */
    public TeamService teams() {
        return teams;
    }

    @Override
    public String toString() {
        return "GroupScope{" + groupId + '}';
    }
}
