package io.github.payhawk4j.operation;

import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import io.github.payhawk4j.service.ExternalTeamService;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.function.Consumer;

/** The blocking {@link ExternalTeamService}. */
public final class ExternalTeamServiceImpl implements ExternalTeamService {

    private final OperationRunner runner;
    private final MasterDataListOperations<NewExternalTeam, ExternalTeam> operations;
    private final WithRawResponse raw = new Raw();

    /** The service of {@code accountId}, sending through {@code runner}. */
    public ExternalTeamServiceImpl(OperationRunner runner, String accountId) {
        this(runner, new MasterDataListOperations<>(runner.transport(), accountId, "/accounts/{accountId}/external-teams", ExternalTeam.class));
    }

    private ExternalTeamServiceImpl(OperationRunner runner, MasterDataListOperations<NewExternalTeam, ExternalTeam> operations) {
        this.runner = runner;
        this.operations = operations;
    }

    @Override
    public ExternalTeamService withOptions(Consumer<RequestOptions.Builder> options) {
        return new ExternalTeamServiceImpl(runner.withOptions(options), operations);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public List<ExternalTeam> list() {
        return runner.value(operations.list());
    }

    @Override
    public List<ExternalTeam> replace(List<NewExternalTeam> items) {
        return runner.value(operations.replace(items));
    }

    @Override
    public String toString() {
        return "ExternalTeamService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<List<ExternalTeam>> list() {
            return runner.raw(operations.list());
        }

        @Override
        public RawResponse<List<ExternalTeam>> replace(List<NewExternalTeam> items) {
            return runner.raw(operations.replace(items));
        }
    }
}
