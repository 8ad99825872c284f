package io.github.payhawk4j.service;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Suppliers of one account: list by status and get, e.g. after a {@code supplier.updated} event. Thread-safe. */
public final class SupplierService {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Supplier> supplier;
    private final ResponseReader<List<Supplier>> supplierList;

    /** Creates the service for {@code accountId}; the client does this for you. */
    public SupplierService(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.supplier = transport.json(Supplier.class);
        this.supplierList = transport.unpagedList(Supplier.class);
    }

    /** The suppliers with {@code status} (Payhawk requires this filter: {@code {"status":{"$equal":...}}}). */
    public List<Supplier> list(SupplierStatus status) {
        return transport.call(listRequest(status), supplierList);
    }

    /** Async twin of {@link #list}. */
    public CompletableFuture<List<Supplier>> listAsync(SupplierStatus status) {
        return transport.callAsync(listRequest(status), supplierList);
    }

    /** The supplier with {@code supplierId}, with its bank accounts. */
    public Supplier get(String supplierId) {
        return transport.call(ApiRequest.of("GET", "accounts", accountId, "suppliers", supplierId), supplier);
    }

    /** Async twin of {@link #get}. */
    public CompletableFuture<Supplier> getAsync(String supplierId) {
        return transport.callAsync(ApiRequest.of("GET", "accounts", accountId, "suppliers", supplierId), supplier);
    }

    private ApiRequest listRequest(SupplierStatus status) {
        Objects.requireNonNull(status, "status");
        return ApiRequest.of("GET", "accounts", accountId, "suppliers")
                .withQuery("$filter", transport.jsonText(Map.of("status", Map.of("$equal", status.value()))));
    }
}
