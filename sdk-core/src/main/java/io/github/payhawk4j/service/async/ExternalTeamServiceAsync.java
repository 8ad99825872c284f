package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.ExternalTeamService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().externalTeams()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExternalTeamServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    ExternalTeamServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All external teams of the account (the API does not page them). */
    CompletableFuture<List<ExternalTeam>> list();

    /** Replaces all external teams of the account with {@code items} (an empty list removes them all); returns the new list. */
    CompletableFuture<List<ExternalTeam>> replace(List<NewExternalTeam> items);

    /** The calls of {@link ExternalTeamServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExternalTeamServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<ExternalTeam>>> list();

        /** {@link ExternalTeamServiceAsync#replace}, with the response. */
        CompletableFuture<RawResponse<List<ExternalTeam>>> replace(List<NewExternalTeam> items);
    }
}
