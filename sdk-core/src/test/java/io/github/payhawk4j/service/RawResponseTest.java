package io.github.payhawk4j.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawResponseTest {

    @Test
    void headersAreLookedUpInAnyCaseAndNamesDifferingOnlyInCaseAreOneHeader() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Set-Cookie", List.of("a=1"));
        headers.put("set-cookie", List.of("b=2"));
        headers.put("X-Empty", List.of());

        RawResponse<String> response = RawResponse.of(200, headers, null, "value");

        assertThat(response.headers().get("SET-COOKIE")).containsExactly("a=1", "b=2");
        assertThat(response.header("set-Cookie")).contains("a=1");
        assertThat(response.header("x-empty")).isEmpty();
        assertThat(response.header("absent")).isEmpty();
        assertThat(response.requestId()).isEmpty();
        assertThat(response.value()).isEqualTo("value");
    }

    @Test
    void keepsNoReferenceToTheCallersMap() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> values = new ArrayList<>(List.of("1"));
        headers.put("X-Count", values);

        RawResponse<Void> response = RawResponse.of(204, headers, "req_1", null);
        headers.put("X-Later", List.of("2"));
        values.add("3");

        assertThat(response.headers()).containsOnlyKeys("X-Count");
        assertThat(response.headers().get("x-count")).containsExactly("1");
        assertThat(response.requestId()).contains("req_1");
        assertThat(response.value()).isNull();
        assertThatThrownBy(() -> response.headers().get("x-count").add("4")).isInstanceOf(UnsupportedOperationException.class);
    }
}
