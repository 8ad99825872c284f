/**
 * payhawk4j core: the typed client for Payhawk's REST API.
 *
 * <p>Exported: the client and its configuration ({@code client}), the services ({@code service},
 * {@code service.async}), queries ({@code query}), models ({@code model} and its subpackages), errors
 * ({@code error}), the SDK's Jackson configuration ({@code json}) and the listener interface with its events
 * ({@code observation}). The transport ({@code http}) and the
 * service implementations ({@code operation}) are internal. Jackson reads and writes the models by
 * reflection, so their packages are open to it.
 */
module io.github.payhawk4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive java.net.http;
    requires org.slf4j;

    exports io.github.payhawk4j.client;
    exports io.github.payhawk4j.error;
    exports io.github.payhawk4j.json;
    exports io.github.payhawk4j.model;
    exports io.github.payhawk4j.model.customfield;
    exports io.github.payhawk4j.model.deposit;
    exports io.github.payhawk4j.model.expense;
    exports io.github.payhawk4j.model.masterdata;
    exports io.github.payhawk4j.model.purchaseorder;
    exports io.github.payhawk4j.model.supplier;
    exports io.github.payhawk4j.model.team;
    exports io.github.payhawk4j.model.webhook;
    exports io.github.payhawk4j.model.account;
    exports io.github.payhawk4j.model.fundaccount;
    exports io.github.payhawk4j.model.user;
    exports io.github.payhawk4j.model.card;
    exports io.github.payhawk4j.observation;
    exports io.github.payhawk4j.query;
    exports io.github.payhawk4j.service;
    exports io.github.payhawk4j.service.async;
    exports io.github.payhawk4j.sync;

    opens io.github.payhawk4j.model to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.customfield to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.deposit to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.expense to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.masterdata to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.purchaseorder to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.supplier to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.team to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.webhook to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.account to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.fundaccount to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.user to com.fasterxml.jackson.databind;
    opens io.github.payhawk4j.model.card to com.fasterxml.jackson.databind;
}
