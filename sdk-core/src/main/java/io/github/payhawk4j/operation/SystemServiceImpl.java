package io.github.payhawk4j.operation;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.SystemService;

import java.util.function.Consumer;

/** The blocking {@link SystemService}. */
public final class SystemServiceImpl implements SystemService {

    private final OperationRunner runner;
    private final WithRawResponse raw = new Raw();

    /** The service, sending through {@code runner}. */
    public SystemServiceImpl(OperationRunner runner) {
        this.runner = runner;
    }

    @Override
    public SystemService withOptions(Consumer<RequestOptions.Builder> options) {
        return new SystemServiceImpl(runner.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public String rsaPublicKey() {
        return runner.value(SystemOperations.rsaPublicKey());
    }

    @Override
    public String toString() {
        return "SystemService";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public RawResponse<String> rsaPublicKey() {
            return runner.raw(SystemOperations.rsaPublicKey());
        }
    }
}
