package io.github.payhawk4j.sandbox;

/**
 * {@code GET /api/v3/rsa-public-key}: the key deliveries are signed with, as an OpenSSH line
 * ({@code ssh-rsa AAAA... payhawk}) in {@code text/plain}. Needs no API key, as on Payhawk.
 */
final class PublicKeyEndpoint {

    private final String openSshKey;

    PublicKeyEndpoint(String openSshKey) {
        this.openSshKey = openSshKey;
    }

    void register(Router router) {
        router.addPublic("GET", "/api/v3/rsa-public-key", request -> SandboxResponse.text(openSshKey));
    }
}
