package io.github.payhawk4j.operation;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;
import io.github.payhawk4j.service.async.SystemServiceAsync;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link SystemServiceAsync}: the same operations as the blocking service, sent without blocking. */
public final class SystemServiceAsyncImpl implements SystemServiceAsync {

    private final OperationRunner runner;
    private final WithRawResponse raw = new Raw();

    /** The service, sending through {@code runner}. */
    public SystemServiceAsyncImpl(OperationRunner runner) {
        this.runner = runner;
    }

    @Override
    public SystemServiceAsync withOptions(Consumer<RequestOptions.Builder> options) {
        return new SystemServiceAsyncImpl(runner.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<String> rsaPublicKey() {
        return runner.valueAsync(SystemOperations::rsaPublicKey);
    }

    @Override
    public String toString() {
        return "SystemServiceAsync";
    }

    private final class Raw implements WithRawResponse {

        @Override
        public CompletableFuture<RawResponse<String>> rsaPublicKey() {
            return runner.rawAsync(SystemOperations::rsaPublicKey);
        }
    }
}
