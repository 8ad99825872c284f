package io.github.payhawk4j.sandbox;

/**
 * A request the sandbox refuses, answered as Payhawk's error document {@code {"code","message"}}
 * with the given HTTP status.
 */
final class RefusedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    RefusedRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static RefusedRequestException badRequest(String message) {
        return new RefusedRequestException(400, "bad_request", message);
    }

    static RefusedRequestException notFound(String message) {
        return new RefusedRequestException(404, "not_found", message);
    }

    /** The request is valid but the resource's state does not allow it, e.g. opening an open purchase order. */
    static RefusedRequestException conflict(String message) {
        return new RefusedRequestException(409, "conflict", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
