package io.github.payhawk4j.webhooks;

import java.util.List;
import java.util.Map;

/**
 * The values one header name has in a request's header map, found case-insensitively; null and
 * empty values count as absent.
 *
 * @param name  the header name looked for
 * @param value the last value found, or null
 * @param count how many values were found
 */
record HeaderValue(String name, String value, int count) {

    static HeaderValue of(Map<String, List<String>> headers, String name) {
        String value = null;
        int count = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getValue() != null && header.getKey().equalsIgnoreCase(name)) {
                for (String each : header.getValue()) {
                    if (each != null && !each.isEmpty()) {
                        value = each;
                        count++;
                    }
                }
            }
        }
        return new HeaderValue(name, value, count);
    }

    boolean isAbsent() {
        return count == 0;
    }

    boolean isRepeated() {
        return count > 1;
    }
}
