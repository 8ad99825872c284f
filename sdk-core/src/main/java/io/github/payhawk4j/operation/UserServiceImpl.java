package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.UserService;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The blocking {@link UserService}. */
public final class UserServiceImpl implements UserService {

    private final OperationRunner runner;
    private final UserOperations operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public UserServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new UserOperations(runner.transport(), accountId));
    }

    private UserServiceImpl(OperationRunner runner, UserOperations operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public UserService withOptions(Consumer<RequestOptions.Builder> options) {
        return new UserServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<AccountUser> list() {
        return runner.value(operations.list());
    }

    @Override
    public List<AccountUser> list(UserFilter filter) {
        return runner.value(operations.list(filter));
    }

    @Override
    public AccountUser invite(NewAccountUser user) {
        return runner.value(operations.invite(user));
    }

    @Override
    public void update(String userId, AccountUserPatch patch) {
        runner.value(operations.update(userId, patch));
    }

    @Override
    public void delete(String userId) {
        runner.value(operations.delete(userId));
    }

    @Override
    public Optional<UserReimbursementDetails> reimbursementDetails(String userId) {
        return runner.value(operations.reimbursementDetails(userId));
    }

    @Override
    public String toString() {
        return "UserService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<AccountUser>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<List<AccountUser>> list(UserFilter filter) {
            return runner.raw(operations.list(filter));
        }

        @Override
        public RawResponse<AccountUser> invite(NewAccountUser user) {
            return runner.raw(operations.invite(user));
        }

        @Override
        public RawResponse<Void> update(String userId, AccountUserPatch patch) {
            return runner.raw(operations.update(userId, patch));
        }

        @Override
        public RawResponse<Void> delete(String userId) {
            return runner.raw(operations.delete(userId));
        }

        @Override
        public RawResponse<Optional<UserReimbursementDetails>> reimbursementDetails(String userId) {
            return runner.raw(operations.reimbursementDetails(userId));
        }
    }
}
