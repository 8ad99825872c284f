package io.github.payhawk4j.service;

import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Users of one account: list (optionally filtered), invite, update, delete and reimbursement details.
 * {@code client.async().users()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface UserService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    UserService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** Every user of the account. */
    List<AccountUser> list();

    /** The users of the account matching {@code filter}, e.g. {@code UserFilter.email().equalTo("ana@acme.com")}. */
    List<AccountUser> list(UserFilter filter);

    /** Invites {@code user} to the account and returns the new account user. */
    AccountUser invite(NewAccountUser user);

    /** Changes the role or external id of the user {@code userId}. */
    void update(String userId, AccountUserPatch patch);

    /** Removes the user {@code userId} from the account. */
    void delete(String userId);

    /** The reimbursement details of the user {@code userId}, empty if the user has not filled them in. */
    Optional<UserReimbursementDetails> reimbursementDetails(String userId);

    /** The calls of {@link UserService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link UserService#list}, with the response. */
        RawResponse<List<AccountUser>> list();

        /** {@link UserService#list}, with the response. */
        RawResponse<List<AccountUser>> list(UserFilter filter);

        /** {@link UserService#invite}, with the response. */
        RawResponse<AccountUser> invite(NewAccountUser user);

        /** {@link UserService#update}, with the response. */
        RawResponse<Void> update(String userId, AccountUserPatch patch);

        /** {@link UserService#delete}, with the response. */
        RawResponse<Void> delete(String userId);

        /** {@link UserService#reimbursementDetails}, with the response. */
        RawResponse<Optional<UserReimbursementDetails>> reimbursementDetails(String userId);
    }
}
