package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls to a sandbox, the way any client would make them. */
final class SandboxApi {

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    /** One HTTP answer. */
    record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    SandboxApi(PayhawkSandbox sandbox) {
        this(sandbox.baseUrl(), sandbox.apiKey());
    }

    SandboxApi(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** The same sandbox, called with another key ({@code null}: no key). */
    SandboxApi withKey(String key) {
        return new SandboxApi(baseUrl, key);
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Answer delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Answer send(String method, String pathAndQuery, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (apiKey != null) {
            request.header("X-Payhawk-ApiKey", apiKey);
        }
        return send(request.build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A query parameter value, URL-encoded as a client must send {@code $filter} and {@code $orderBy}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
