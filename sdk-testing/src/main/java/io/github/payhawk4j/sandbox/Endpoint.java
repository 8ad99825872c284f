package io.github.payhawk4j.sandbox;

/** The code behind one route of the sandbox API. */
@FunctionalInterface
interface Endpoint {

    /** Answers the request, or throws {@link RefusedRequestException} for a Payhawk error document. */
    SandboxResponse handle(SandboxRequest request);
}
