package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.ExternalTeamServiceAsync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link ExternalTeamServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class ExternalTeamServiceAsyncImpl implements ExternalTeamServiceAsync {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewExternalTeam, ExternalTeam> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExternalTeamServiceAsyncImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/external-teams", ExternalTeam.class));
    }

    private ExternalTeamServiceAsyncImpl(OperationRunner runner, MasterDataListOperations<NewExternalTeam, ExternalTeam> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExternalTeamServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExternalTeamServiceAsyncImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<List<ExternalTeam>> list() {
        return runner.valueAsync(() -> operations.list());
    }

    @Override
    public CompletableFuture<List<ExternalTeam>> replace(List<NewExternalTeam> items) {
        return runner.valueAsync(() -> operations.replace(items));
    }

    @Override
    public String toString() {
        return "ExternalTeamServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<List<ExternalTeam>>> list() {
            return runner.rawAsync(() -> operations.list());
        }

        @Override
        public CompletableFuture<RawResponse<List<ExternalTeam>>> replace(List<NewExternalTeam> items) {
            return runner.rawAsync(() -> operations.replace(items));
        }
    }
}
