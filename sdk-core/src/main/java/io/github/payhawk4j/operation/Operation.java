package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ResponseReader;

import java.util.function.Function;

/**
 * One call of the API: the request to send and how to read its successful response. Each service method is
 * defined once as an operation; {@link OperationRunner} sends it blocking or asynchronously.
 *
 * @param request the request, without per-call options
 * @param reader  reads the value out of a successful response
 * @param <T>     the type of the value
 */
record Operation<T>(ApiRequest request, ResponseReader<T> reader) {

    /** This operation with {@code then} applied to the value it reads, e.g. a page to its items. */
    <R> Operation<R> map(Function<? super T, ? extends R> then) {
        return new Operation<>(request, response -> then.apply(reader.read(response)));
    }
}
