package io.github.payhawk4j.operation;

import io.github.payhawk4j.http.ApiRequest;

/**
 * Where a resource lives in the API: under one account ({@code /accounts/{accountId}}) or under one group of
 * accounts ({@code /groups/{groupId}}). Operations that exist in both scopes are written once against it.
 *
 * @param template the path prefix with its placeholder, what listeners are told
 * @param id       the account or group id that fills the placeholder
 */
record PathScope(String template, String id) {

    static PathScope account(String accountId) {
        return new PathScope("/accounts/{accountId}", accountId);
    }

    static PathScope group(String groupId) {
        return new PathScope("/groups/{groupId}", groupId);
    }

    /** A request without body to {@code template + path}, whose placeholders after the scope's are {@code ids}. */
    ApiRequest request(String method, String path, String... ids) {
        String[] all = new String[ids.length + 1];
        all[0] = id;
        System.arraycopy(ids, 0, all, 1, ids.length);
        return ApiRequest.to(method, template + path, all);
    }
}
