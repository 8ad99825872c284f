package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.team.TeamMemberRole;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code .../teams} below one scope prefix, {@code /api/v3/accounts/{accountId}} or {@code /api/v3/groups/{groupId}}:
 * teams (list, create 200, get, update, delete 204) and their members (list, add 200, get, update, remove 204). The
 * bodies are checked as Payhawk's schemas say ({@code ITeamPatch}, {@code ITeamMember}, {@code ITeamMemberPatch}:
 * no unknown fields, roles {@code employee}/{@code manager}, at least one); the rules are {@link TeamStore}'s.
 * Lists are not paged, as in the API.
 */
final class TeamEndpoints {

    private static final Set<String> TEAM_FIELDS = Set.of("name", "externalId", "parentId");
    private static final Set<String> MEMBER_FIELDS = Set.of("memberId", "roles");
    private static final Set<String> MEMBER_PATCH_FIELDS = Set.of("roles");

    private final JsonCodec json;
    private final String prefix;
    private final Function<SandboxRequest, TeamStore> stores;

    /** The endpoints below {@code prefix}, working on the store {@code stores} finds for a request's scope. */
    TeamEndpoints(JsonCodec json, String prefix, Function<SandboxRequest, TeamStore> stores) {
        this.json = json;
        this.prefix = prefix;
        this.stores = stores;
    }

    void register(Router router) {
        String teams = prefix + "/teams";
        String team = teams + "/{teamId}";
        String members = team + "/members";
        String member = members + "/{memberId}";
        router.add("GET", teams, this::list)
                .add("POST", teams, this::create)
                .add("GET", team, this::get)
                .add("PATCH", team, this::update)
                .add("DELETE", team, this::delete)
                .add("GET", members, this::listMembers)
                .add("POST", members, this::addMember)
                .add("GET", member, this::getMember)
                .add("PATCH", member, this::updateMember)
                .add("DELETE", member, this::removeMember);
    }

    private SandboxResponse list(SandboxRequest request) {
        List<ObjectNode> all = stores.apply(request).all();
        return json.response(200, json.listDocument(all, all.size()));
    }

    private SandboxResponse create(SandboxRequest request) {
        TeamStore.Change change = teamChange(request);
        return json.response(200, stores.apply(request).create(change));
    }

    private SandboxResponse get(SandboxRequest request) {
        return json.response(200, stores.apply(request).find(request.pathVariable("teamId")));
    }

    private SandboxResponse update(SandboxRequest request) {
        TeamStore.Change change = teamChange(request);
        return json.response(200, stores.apply(request).update(request.pathVariable("teamId"), change));
    }

    private SandboxResponse delete(SandboxRequest request) {
        stores.apply(request).delete(request.pathVariable("teamId"));
        return SandboxResponse.noContent();
    }

    private SandboxResponse listMembers(SandboxRequest request) {
        List<ObjectNode> all = stores.apply(request).members(request.pathVariable("teamId"));
        return json.response(200, json.listDocument(all, all.size()));
    }

    private SandboxResponse addMember(SandboxRequest request) {
        ObjectNode body = body(request, MEMBER_FIELDS, "a team member has memberId and roles");
        JsonNode memberId = body.path("memberId");
        if (!memberId.isTextual() || memberId.asText().isBlank()) {
            throw RefusedRequestException.badRequest("memberId is required: the Payhawk user id of the member");
        }
        List<String> roles = roles(body);
        return json.response(200, stores.apply(request).addMember(request.pathVariable("teamId"), memberId.asText(), roles));
    }

    private SandboxResponse getMember(SandboxRequest request) {
        return json.response(200, stores.apply(request).member(request.pathVariable("teamId"), request.pathVariable("memberId")));
    }

    private SandboxResponse updateMember(SandboxRequest request) {
        List<String> roles = roles(body(request, MEMBER_PATCH_FIELDS, "a member update has roles only"));
        return json.response(200, stores.apply(request)
                .updateMember(request.pathVariable("teamId"), request.pathVariable("memberId"), roles));
    }

    private SandboxResponse removeMember(SandboxRequest request) {
        stores.apply(request).removeMember(request.pathVariable("teamId"), request.pathVariable("memberId"));
        return SandboxResponse.noContent();
    }

    /** An {@code ITeamPatch}: each field a string, or null to clear it (a name cannot be cleared). */
    private TeamStore.Change teamChange(SandboxRequest request) {
        ObjectNode body = body(request, TEAM_FIELDS, "a team has name, externalId and parentId");
        JsonNode name = body.get("name");
        if (name != null && (!name.isTextual() || name.asText().isBlank())) {
            throw RefusedRequestException.badRequest("name must be a non-empty string, was " + name);
        }
        JsonNode externalId = body.get("externalId");
        JsonNode parentId = body.get("parentId");
        return new TeamStore.Change(name == null ? null : name.asText(),
                optionalText(externalId, "externalId"), externalId != null && externalId.isNull(),
                optionalText(parentId, "parentId"), parentId != null && parentId.isNull());
    }

    private ObjectNode body(SandboxRequest request, Set<String> fields, String shape) {
        ObjectNode body = json.requestObject(request);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw RefusedRequestException.badRequest("Unknown field '" + name + "'; " + shape);
            }
        }
        return body;
    }

    /** At least one role, each a known one, none twice. */
    private static List<String> roles(ObjectNode body) {
        JsonNode roles = body.path("roles");
        if (!roles.isArray() || roles.isEmpty()) {
            throw RefusedRequestException.badRequest("roles must be an array of at least one of [employee, manager], was " + roles);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode role : roles) {
            if (!role.isTextual() || !TeamMemberRole.of(role.asText()).isKnown()) {
                throw RefusedRequestException.badRequest("roles may hold employee and manager, not " + role);
            }
            if (values.contains(role.asText())) {
                throw RefusedRequestException.badRequest("role " + role + " is given twice");
            }
            values.add(role.asText());
        }
        return values;
    }

    private static String optionalText(JsonNode value, String name) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw RefusedRequestException.badRequest(name + " must be a non-empty string or null, was " + value);
        }
        return value.asText();
    }
}
