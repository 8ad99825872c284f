package io.github.payhawk4j.examples.sandbox;

/** The code behind one route of the sandbox API. */
@FunctionalInterface
interface Endpoint {

    /** Answers the request, or throws {@link ApiException} for a Payhawk error document. */
    ApiResponse handle(ApiRequest request);
}
