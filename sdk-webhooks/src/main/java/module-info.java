/**
 * payhawk4j webhooks: verify, parse, de-duplicate and dispatch Payhawk's webhook deliveries.
 *
 * <p>Exported: the verifier and dispatcher ({@code webhooks}), the event types ({@code event}), key sources
 * ({@code key}), delivery stores ({@code delivery}), the durable inbox ({@code inbox}), gap-free sync after missed deliveries
 * ({@code catchup}), the delivery listener ({@code observation}), the servlet filter
 * ({@code servlet}) and the signing helper for tests ({@code testing}). {@code internal} is not exported. The
 * servlet API is needed only by the filter, so it is optional ({@code requires static}).
 */
module io.github.payhawk4j.webhooks {
    requires transitive io.github.payhawk4j.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.sql;
    requires org.slf4j;
    requires static transitive jakarta.servlet;

    exports io.github.payhawk4j.webhooks;
    exports io.github.payhawk4j.webhooks.event;
    exports io.github.payhawk4j.webhooks.key;
    exports io.github.payhawk4j.webhooks.delivery;
    exports io.github.payhawk4j.webhooks.inbox;
    exports io.github.payhawk4j.webhooks.catchup;
    exports io.github.payhawk4j.webhooks.observation;
    exports io.github.payhawk4j.webhooks.servlet;
    exports io.github.payhawk4j.webhooks.testing;
}
