package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;

/** The account-independent operations. */
final class SystemOperations {

    private SystemOperations() {
    }

    static Operation<String> rsaPublicKey() {
        // The key is served as text/plain, its only documented response type.
        return new Operation<>(ApiRequest.of("GET", "rsa-public-key").withAccept("text/plain"), ApiTransport.text())
                .map(String::trim);
    }
}
