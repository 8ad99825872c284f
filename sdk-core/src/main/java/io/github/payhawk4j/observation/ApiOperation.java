package io.github.payhawk4j.observation;

import java.util.Objects;

/**
 * Which API operation a call is, without the ids in it: the HTTP method and the path template under
 * {@code /api/v3}, e.g. {@code GET /accounts/{accountId}/expenses/{expenseId}}. The set of operations is fixed
 * by the SDK, so both parts are safe as metric tags. Immutable.
 *
 * @param method       HTTP method, upper case
 * @param pathTemplate path under {@code /api/v3} with ids as {@code {placeholders}}, e.g. {@code /accounts/{accountId}/expenses}
 */
public record ApiOperation(String method, String pathTemplate) {

    /** Checks that both parts are present. */
    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /** {@return the operation as one name, e.g. {@code GET /accounts/{accountId}/expenses}} */
    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
