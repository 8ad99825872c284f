package io.github.payhawk4j.sandbox;

import java.util.List;

/**
 * {@code $skip} and {@code $take} of a list request. {@code $take} is 1 to 1000, as on Payhawk;
 * without it a page holds up to 1000 items.
 */
record PageRequest(int skip, int take) {

    static final int MAX_TAKE = 1000;

    /** The paging parameters of the request, or a 400 naming the bad one. */
    static PageRequest of(SandboxRequest request) {
        int skip = request.queryParameter("$skip").map(value -> integer("$skip", value)).orElse(0);
        int take = request.queryParameter("$take").map(value -> integer("$take", value)).orElse(MAX_TAKE);
        if (skip < 0) {
            throw RefusedRequestException.badRequest("$skip must be 0 or more, was " + skip);
        }
        if (take < 1 || take > MAX_TAKE) {
            throw RefusedRequestException.badRequest("$take must be between 1 and " + MAX_TAKE + ", was " + take);
        }
        return new PageRequest(skip, take);
    }

    /** The items of this page. */
    <T> List<T> slice(List<T> all) {
        if (skip >= all.size()) {
            return List.of();
        }
        return all.subList(skip, (int) Math.min(all.size(), (long) skip + take));
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RefusedRequestException.badRequest(name + " must be an integer, was '" + value + "'");
        }
    }
}
