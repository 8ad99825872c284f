package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.UserServiceAsync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link UserServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class UserServiceAsyncImpl implements UserServiceAsync {

    private final OperationRunner runner;
    private final UserOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public UserServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new UserOperations(runner.transport(), accountId));
    }

    private UserServiceAsyncImpl(OperationRunner runner, UserOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public UserServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new UserServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<AccountUser>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<List<AccountUser>> list(UserFilter filter) {
        return runner.valueAsync(() -> operations.list(filter));
    }

    @Override
    public CompletableFuture<AccountUser> invite(NewAccountUser user) {
        return runner.valueAsync(() -> operations.invite(user));
    }

    @Override
    public CompletableFuture<Void> update(String userId, AccountUserPatch patch) {
        return runner.valueAsync(() -> operations.update(userId, patch));
    }

    @Override
    public CompletableFuture<Void> delete(String userId) {
        return runner.valueAsync(() -> operations.delete(userId));
    }

    @Override
    public CompletableFuture<Optional<UserReimbursementDetails>> reimbursementDetails(String userId) {
        return runner.valueAsync(() -> operations.reimbursementDetails(userId));
    }

    @Override
    public String toString() {
        return "UserServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<AccountUser>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<List<AccountUser>>> list(UserFilter filter) {
            return runner.rawAsync(() -> operations.list(filter));
        }

        @Override
        public CompletableFuture<RawResponse<AccountUser>> invite(NewAccountUser user) {
            return runner.rawAsync(() -> operations.invite(user));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> update(String userId, AccountUserPatch patch) {
            return runner.rawAsync(() -> operations.update(userId, patch));
        }

        @Override
        public CompletableFuture<RawResponse<Void>> delete(String userId) {
            return runner.rawAsync(() -> operations.delete(userId));
        }

        @Override
        public CompletableFuture<RawResponse<Optional<UserReimbursementDetails>>> reimbursementDetails(String userId) {
            return runner.rawAsync(() -> operations.reimbursementDetails(userId));
        }
    }
}
