package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.ResponseReader;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The supplier operations of one account. */
final class SupplierOperations {

    private final ApiTransport transport;
    private final String accountId;
    private final ResponseReader<Supplier> supplier;
    private final ResponseReader<List<Supplier>> supplierList;

    SupplierOperations(ApiTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
        this.supplier = transport.json(Supplier.class);
        this.supplierList = transport.unpagedList(Supplier.class);
    }

    Operation<List<Supplier>> list(SupplierStatus status) {
        Objects.requireNonNull(status, "status");
        ApiRequest request = ApiRequest.to("GET", "/accounts/{accountId}/suppliers", accountId)
                .withQuery("$filter", transport.jsonText(Map.of("status", Map.of("$equal", status.value()))));
        return new Operation<>(request, supplierList);
    }

    Operation<Supplier> get(String supplierId) {
        return new Operation<>(ApiRequest.to("GET", "/accounts/{accountId}/suppliers/{supplierId}", accountId, supplierId), supplier);
    }
}
