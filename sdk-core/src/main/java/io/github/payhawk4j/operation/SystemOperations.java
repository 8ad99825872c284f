package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;
import io.github.payhawk4j.http.ApiTransport;

/** The account-independent operations. */
final class SystemOperations {

    private SystemOperations() {
    }

    static Operation<String> rsaPublicKey() {
        return new Operation<>(ApiRequest.of("GET", "rsa-public-key"), ApiTransport.text()).map(String::trim);
    }
}
