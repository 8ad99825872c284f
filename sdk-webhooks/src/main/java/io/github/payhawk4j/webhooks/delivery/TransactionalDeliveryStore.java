package io.github.payhawk4j.webhooks.delivery;

import java.sql.Connection;

/**
 * A {@link DeliveryStore} that can record a delivery as processed in the same database transaction as the
 * handler's own writes, so that both commit or neither does: the basis of exactly-once effects
 * ({@code WebhookDispatcher.Builder#handlersInTransaction(boolean)}). {@link JdbcDeliveryStore} is one.
 */
public interface TransactionalDeliveryStore extends DeliveryStore {

    /** The work to run in the transaction: a handler writing its effects through {@code transaction}. */
    @FunctionalInterface
    interface Work {

        /**
         * Does the delivery's work; throwing rolls it back.
         *
         * @param transaction the connection of the open transaction; do not commit, roll back or close it
         */
        void run(Connection transaction) throws Exception;
    }

    /**
     * Runs {@code work} in a new transaction and, in the same transaction, confirms {@code deliveryId}, which the
     * caller must have {@link #claim(String) claimed}. If {@code work} throws, or the claim was lost in the meantime
     * (it outlived its lease and another node took the delivery over), everything is rolled back and an exception
     * is thrown; the caller then {@link #release(String) releases} the claim as after any failure.
     *
     * @throws DeliveryStorageException if the claim was lost or the transaction could not be committed
     * @throws Exception                whatever {@code work} threw
     */
    void runAndConfirm(String deliveryId, Work work) throws Exception;
}
