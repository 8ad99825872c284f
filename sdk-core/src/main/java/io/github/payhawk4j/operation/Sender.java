package io.github.payhawk4j.operation;

import java.util.concurrent.CompletableFuture;

/**
 * How a call made of several operations sends each of them, so its logic is written once for both views:
 * the blocking view sends at once and hands back a completed future ({@link OperationRunner#sendNow}),
 * the async view sends without blocking ({@link OperationRunner#sendAsync}).
 */
@FunctionalInterface
interface Sender {

    /** Sends {@code operation}; the future fails with the operation's exception. */
    <T> CompletableFuture<T> send(Operation<T> operation);
}
