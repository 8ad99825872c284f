package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.UserService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().users()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface UserServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    UserServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** Every user of the account. */
    CompletableFuture<List<AccountUser>> list();

    /** The users of the account matching {@code filter}, e.g. {@code UserFilter.email().equalTo("ana@acme.com")}. */
    CompletableFuture<List<AccountUser>> list(UserFilter filter);

    /** Invites {@code user} to the account and returns the new account user. */
    CompletableFuture<AccountUser> invite(NewAccountUser user);

    /** Changes the role or external id of the user {@code userId}. */
    CompletableFuture<Void> update(String userId, AccountUserPatch patch);

    /** Removes the user {@code userId} from the account. */
    CompletableFuture<Void> delete(String userId);

    /** The reimbursement details of the user {@code userId}, empty if the user has not filled them in. */
    CompletableFuture<Optional<UserReimbursementDetails>> reimbursementDetails(String userId);

    /** The calls of {@link UserServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link UserServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<AccountUser>>> list();

        /** {@link UserServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<AccountUser>>> list(UserFilter filter);

        /** {@link UserServiceAsync#invite}, with the response. */
        CompletableFuture<RawResponse<AccountUser>> invite(NewAccountUser user);

        /** {@link UserServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<Void>> update(String userId, AccountUserPatch patch);

        /** {@link UserServiceAsync#delete}, with the response. */
        CompletableFuture<RawResponse<Void>> delete(String userId);

        /** {@link UserServiceAsync#reimbursementDetails}, with the response. */
        CompletableFuture<RawResponse<Optional<UserReimbursementDetails>>> reimbursementDetails(String userId);
    }
}
