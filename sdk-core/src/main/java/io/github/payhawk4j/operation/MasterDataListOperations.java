package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;

import java.util.List;
import java.util.Objects;

/**
 * The two operations of a master-data list Payhawk replaces as a whole (account codes, tax rates, amortizations,
 * external teams): {@code GET} the list and {@code PUT} a new one, defined once for all of them.
 *
 * @param <N> the item of the list sent, e.g. {@code NewAccountCode}
 * @param <T> the item of the list returned, e.g. {@code AccountCode}
 */
final class MasterDataListOperations<N, T> {

    private final ApiTransport transport;
    private final String accountId;
    private final String template;
    private final ResponseReader<List<T>> list;

    MasterDataListOperations(ApiTransport transport, String accountId, String template, Class<T> item) {
        this.transport = transport;
        this.accountId = accountId;
        this.template = template;
        this.list = transport.unpagedList(item);
    }

    Operation<List<T>> list() {
        return new Operation<>(ApiRequest.to("GET", template, accountId), list);
    }

    /** The whole list to replace the account's with; an empty list is sent as {@code []} and clears it. */
    Operation<List<T>> replace(List<N> items) {
        Objects.requireNonNull(items, "items");
        for (int i = 0; i < items.size(); i++) {
            Objects.requireNonNull(items.get(i), "items[" + i + "]");
        }
        return new Operation<>(transport.withJsonBody(ApiRequest.to("PUT", template, accountId), List.copyOf(items)), list);
    }
}
