package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The teams of one account or one group and their members, with Payhawk's rules: a team has a name, an
 * external id at most once per scope (409), a parent in the same scope and no cycle (400); a team with sub-teams
 * cannot be deleted (409); a user is a member of a team at most once (409). Documents are built on every read, so
 * a team's {@code hierarchy} follows renames of its parents. Thread-safe.
 */
final class TeamStore {

    /** One team as stored; its members by user id, in the order they were added. */
    private static final class Entry {
        final String id;
        String name;
        String externalId;
        String parentId;
        final Map<String, List<String>> members = new LinkedHashMap<>();

        Entry(String id) {
            this.id = id;
        }
    }

    /** The parts of a team a create or update sets; {@code clear...} when the field was sent as null. */
    record Change(String name, String externalId, boolean clearExternalId, String parentId, boolean clearParentId) {
    }

    private final JsonCodec json;
    private final IdSequence ids;
    private final Map<String, Entry> teams = new LinkedHashMap<>();

    TeamStore(JsonCodec json, IdSequence ids) {
        this.json = json;
        this.ids = ids;
    }

    synchronized List<ObjectNode> all() {
        List<ObjectNode> documents = new ArrayList<>(teams.size());
        teams.values().forEach(team -> documents.add(document(team)));
        return documents;
    }

    synchronized ObjectNode find(String teamId) {
        return document(team(teamId));
    }

    synchronized ObjectNode create(Change change) {
        if (change.name() == null) {
            throw RefusedRequestException.badRequest("name is required to create a team");
        }
        Entry team = new Entry(ids.next("team_"));
        apply(team, change);
        teams.put(team.id, team);
        return document(team);
    }

    synchronized ObjectNode update(String teamId, Change change) {
        Entry team = team(teamId);
        apply(team, change);
        return document(team);
    }

    synchronized void delete(String teamId) {
        Entry team = team(teamId);
        List<String> children = teams.values().stream().filter(other -> teamId.equals(other.parentId)).map(other -> other.id).toList();
        if (!children.isEmpty()) {
            throw RefusedRequestException.conflict("Team '" + teamId + "' has sub-teams " + children
                    + "; delete or move them first");
        }
        teams.remove(team.id);
    }

    synchronized List<ObjectNode> members(String teamId) {
        Entry team = team(teamId);
        List<ObjectNode> documents = new ArrayList<>(team.members.size());
        team.members.forEach((memberId, roles) -> documents.add(member(memberId, roles)));
        return documents;
    }

    synchronized ObjectNode member(String teamId, String memberId) {
        Entry team = team(teamId);
        List<String> roles = team.members.get(memberId);
        if (roles == null) {
            throw memberNotFound(teamId, memberId);
        }
        return member(memberId, roles);
    }

    synchronized ObjectNode addMember(String teamId, String memberId, List<String> roles) {
        Entry team = team(teamId);
        if (team.members.containsKey(memberId)) {
            throw RefusedRequestException.conflict("User '" + memberId + "' is already a member of team '" + teamId
                    + "'; update their roles instead");
        }
        team.members.put(memberId, List.copyOf(roles));
        return member(memberId, roles);
    }

    synchronized ObjectNode updateMember(String teamId, String memberId, List<String> roles) {
        Entry team = team(teamId);
        if (!team.members.containsKey(memberId)) {
            throw memberNotFound(teamId, memberId);
        }
        team.members.put(memberId, List.copyOf(roles));
        return member(memberId, roles);
    }

    synchronized void removeMember(String teamId, String memberId) {
        if (team(teamId).members.remove(memberId) == null) {
            throw memberNotFound(teamId, memberId);
        }
    }

    /** Checks the whole change first, so a refused one changes nothing. */
    private void apply(Entry team, Change change) {
        if (change.externalId() != null) {
            teams.values().stream()
                    .filter(other -> other != team && change.externalId().equals(other.externalId))
                    .findFirst()
                    .ifPresent(other -> {
                        throw RefusedRequestException.conflict("Team '" + other.id + "' already has externalId '"
                                + change.externalId() + "'");
                    });
        }
        if (change.parentId() != null) {
            if (!teams.containsKey(change.parentId())) {
                throw RefusedRequestException.badRequest("Parent team '" + change.parentId() + "' not found");
            }
            for (String ancestor = change.parentId(); ancestor != null; ancestor = teams.get(ancestor).parentId) {
                if (ancestor.equals(team.id)) {
                    throw RefusedRequestException.badRequest("Team '" + team.id + "' cannot be placed under '"
                            + change.parentId() + "': that is the team itself or one of its sub-teams");
                }
            }
        }
        if (change.name() != null) {
            team.name = change.name();
        }
        if (change.externalId() != null || change.clearExternalId()) {
            team.externalId = change.externalId();
        }
        if (change.parentId() != null || change.clearParentId()) {
            team.parentId = change.parentId();
        }
    }

    private Entry team(String teamId) {
        Entry team = teams.get(teamId);
        if (team == null) {
            throw RefusedRequestException.notFound("Team '" + teamId + "' not found");
        }
        return team;
    }

    private ObjectNode document(Entry team) {
        ObjectNode document = json.object().put("id", team.id).put("name", team.name).put("hierarchy", hierarchy(team));
        document.put("externalId", team.externalId);
        document.put("parentId", team.parentId);
        return document;
    }

    /** The names from the top-level team down to this one, e.g. {@code Operations / Warehouse Sofia} (inferred format). */
    private String hierarchy(Entry team) {
        List<String> names = new ArrayList<>();
        for (Entry at = team; at != null; at = at.parentId == null ? null : teams.get(at.parentId)) {
            names.add(0, at.name);
        }
        return String.join(" / ", names);
    }

    private ObjectNode member(String memberId, List<String> roles) {
        ObjectNode document = json.object().put("memberId", memberId);
        ArrayNode array = document.putArray("roles");
        roles.forEach(array::add);
        return document;
    }

    private static RefusedRequestException memberNotFound(String teamId, String memberId) {
        return RefusedRequestException.notFound("User '" + Objects.requireNonNull(memberId) + "' is not a member of team '"
                + teamId + "'");
    }
}
