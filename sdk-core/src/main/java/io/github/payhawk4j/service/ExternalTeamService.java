package io.github.payhawk4j.service;

import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;

import java.util.List;
import java.util.function.Consumer;

/**
 * The external teams of one account (teams of the ERP), listed or replaced as a whole.
 * To change only what differs, see {@code io.github.payhawk4j.sync.MasterDataSync}.
 * {@code client.async().externalTeams()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface ExternalTeamService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    ExternalTeamService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All external teams of the account (the API does not page them). */
    List<ExternalTeam> list();

    /** Replaces all external teams of the account with {@code items} (an empty list removes them all); returns the new list. */
    List<ExternalTeam> replace(List<NewExternalTeam> items);

    /** The calls of {@link ExternalTeamService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link ExternalTeamService#list}, with the response. */
        RawResponse<List<ExternalTeam>> list();

        /** {@link ExternalTeamService#replace}, with the response. */
        RawResponse<List<ExternalTeam>> replace(List<NewExternalTeam> items);
    }
}
