package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The user operations of one account, each defined once for the blocking and the async services. */
final class UserOperations {

    private static final String USERS = "/accounts/{accountId}/users";
    private static final String USER = USERS + "/{userId}";

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<AccountUser> user;
    private final ResponseReader<List<AccountUser>> userList;
    private final ResponseReader<Optional<UserReimbursementDetails>> reimbursementDetails;

    UserOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.user = transport.json(AccountUser.class);
        this.userList = transport.unpagedList(AccountUser.class);
        ResponseReader<UserReimbursementDetails> details = transport.json(UserReimbursementDetails.class);
        // 204: the user has not filled in reimbursement details.
        this.reimbursementDetails = response -> response.statusCode() == 204 || response.body().length == 0
                ? Optional.empty() : Optional.of(details.read(response));
    }

    Operation<List<AccountUser>> list() {
        return new Operation<>(ApiRequest.to("GET", USERS, accountId), userList);
    }

    Operation<List<AccountUser>> list(UserFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return new Operation<>(ApiRequest.to("GET", USERS, accountId)
                .withQuery("$filter", transport.jsonText(filter.toJsonTree())), userList);
    }

    Operation<AccountUser> invite(NewAccountUser newUser) {
        Objects.requireNonNull(newUser, "user");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("POST", USERS, accountId), newUser), user);
    }

    Operation<Void> update(String userId, AccountUserPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PATCH", USER, accountId, userId), patch),
                ApiTransport.noContent());
    }

    Operation<Void> delete(String userId) {
        return new Operation<>(ApiRequest.to("DELETE", USER, accountId, userId), ApiTransport.noContent());
    }

    Operation<Optional<UserReimbursementDetails>> reimbursementDetails(String userId) {
        return new Operation<>(ApiRequest.to("GET", USER + "/reimbursement-details", accountId, userId),
                reimbursementDetails);
    }
}
