package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /api/v3/accounts/{accountId}/users}: list (optional {@code $filter} on id, externalId, email; unpaged),
 * invite (400 for a bad body, 409 for an email already in the account), update role or externalId (204; 409 for
 * an externalId another user has), remove (204) and the reimbursement details (204 when the user has none).
 */
final class UserEndpoints {

    private static final String USERS = "/api/v3/accounts/{accountId}/users";
    private static final Set<String> ROLES = Set.of("admin", "accounting", "employee");

    private final JsonCodec json;
    private final IdSequence ids;
    private final SandboxTime time;

    UserEndpoints(JsonCodec json, IdSequence ids, SandboxTime time) {
        this.json = json;
        this.ids = ids;
        this.time = time;
    }

    void register(Router router) {
        router.add("GET", USERS, this::list)
                .add("POST", USERS, this::invite)
                .add("PATCH", USERS + "/{userId}", this::update)
                .add("DELETE", USERS + "/{userId}", this::remove)
                .add("GET", USERS + "/{userId}/reimbursement-details", this::reimbursementDetails);
    }

    private SandboxResponse list(SandboxRequest request) {
        Predicate<JsonNode> filter = json.queryJson(request, "$filter").map(DocumentFilter::compile).orElse(user -> true);
        List<ObjectNode> matching = request.account().userStore().all().stream().filter(filter).toList();
        return json.response(200, json.listDocument(matching, matching.size()));
    }

    private SandboxResponse invite(SandboxRequest request) {
        ObjectNode body = json.requestObject(request);
        BodyCheck.of(body, "User", Set.of("email", "role", "firstName", "lastName"))
                .requiredText("email").required("role").oneOf("role", ROLES).text("firstName").text("lastName");
        String email = body.get("email").asText();
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw RefusedRequestException.badRequest("User 'email' must be an email address, was '" + email + "'");
        }
        DocumentStore users = request.account().userStore();
        ObjectNode user = body.deepCopy().put("id", ids.next("usr_")).put("createdAt", time.nowText());
        synchronized (users) {
            if (users.all().stream().anyMatch(existing -> existing.path("email").asText().equalsIgnoreCase(email))) {
                throw RefusedRequestException.conflict("A user with email '" + email + "' is already in the account");
            }
            users.put(user);
        }
        return json.response(200, user);
    }

    private SandboxResponse update(SandboxRequest request) {
        String userId = existingUser(request).path("id").asText();
        ObjectNode body = json.requestObject(request);
        BodyCheck.of(body, "User patch", Set.of("role", "externalId")).oneOf("role", ROLES).text("externalId");
        DocumentStore users = request.account().userStore();
        synchronized (users) {
            if (body.has("externalId") && users.all().stream().anyMatch(other -> !other.path("id").asText().equals(userId)
                    && other.path("externalId").asText().equals(body.get("externalId").asText()))) {
                throw RefusedRequestException.conflict("Another user has externalId '" + body.get("externalId").asText() + "'");
            }
            users.update(userId, user -> user.setAll(body));
        }
        return SandboxResponse.noContent();
    }

    private SandboxResponse remove(SandboxRequest request) {
        String userId = existingUser(request).path("id").asText();
        request.account().userStore().remove(userId);
        return SandboxResponse.noContent();
    }

    private SandboxResponse reimbursementDetails(SandboxRequest request) {
        String userId = existingUser(request).path("id").asText();
        return request.account().reimbursementDetails(userId)
                .map(details -> json.response(200, details))
                .orElseGet(SandboxResponse::noContent);
    }

    private static ObjectNode existingUser(SandboxRequest request) {
        String userId = request.pathVariable("userId");
        return request.account().userStore().find(userId)
                .orElseThrow(() -> RefusedRequestException.notFound("User '" + userId + "' not found"));
    }
}
