package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The WireMock stand-in for Payhawk that the service tests talk to through a real {@link PayhawkClient},
 * and the request shape every call must have: the API key, JSON {@code Accept} and the SDK's user agent.
 */
final class StubbedPayhawkApi {

    /** The key the test client sends. */
    static final String API_KEY = "phk_test_3b7e91c04d";
    /** The client's default account. */
    static final String DEFAULT_ACCOUNT = "acme_logistics";
    /** Another account the same key reaches. */
    static final String OTHER_ACCOUNT = "acme_retail_bg";

    private StubbedPayhawkApi() {
    }

    /** A WireMock server on a free port, for {@code @RegisterExtension}. */
    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /**
     * As {@link #server()}, answering plain HTTP/1.1 only: for tests that count the requests of a walk exactly.
     * Over plain HTTP the JDK offers HTTP/2 by an {@code Upgrade: h2c}, which WireMock accepts, and JDK 17 at times
     * misreads the upgraded connection's frames under load (a protocol error after the server answered); the SDK
     * then rightly retries the GET, and the server counts it twice (one fresh-clone CI run in several). Payhawk
     * itself is reached over HTTPS, where HTTP/2 is negotiated without that upgrade.
     */
    static WireMockExtension http11Server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().http2PlainDisabled(true)).build();
    }

    /** A real client pointed at {@code server}, with {@link #DEFAULT_ACCOUNT} and waits that return at once. */
    static PayhawkClient clientFor(WireMockExtension server) {
        return TestClientBuilder.withSleeper(new NoWaitSleeper())
                .baseUrl("http://localhost:" + server.getPort())
                .apiKey(API_KEY)
                .accountId(DEFAULT_ACCOUNT)
                .build();
    }

    /** A GET of exactly {@code url} (path and encoded query) carrying the SDK's headers. */
    static RequestPatternBuilder sdkGet(String url) {
        return withSdkHeaders(getRequestedFor(urlEqualTo(url))).withHeader("Content-Type", absent());
    }

    /** A GET of exactly {@code url} carrying the SDK's headers, but accepting {@code text/plain} instead of JSON. */
    static RequestPatternBuilder sdkGetText(String url) {
        return withSdkHeaders(getRequestedFor(urlEqualTo(url)), "text/plain").withHeader("Content-Type", absent());
    }

    /** A GET of {@code path} (any query) carrying the SDK's headers; add the query parameters to expect. */
    static RequestPatternBuilder sdkGetPath(String path) {
        return withSdkHeaders(getRequestedFor(urlPathEqualTo(path))).withHeader("Content-Type", absent());
    }

    /** A DELETE of exactly {@code url}, without body, carrying the SDK's headers. */
    static RequestPatternBuilder sdkDelete(String url) {
        return withSdkHeaders(deleteRequestedFor(urlEqualTo(url))).withHeader("Content-Type", absent());
    }

    /** A PATCH of exactly {@code url} with a JSON body, carrying the SDK's headers. */
    static RequestPatternBuilder sdkJsonPatch(String url) {
        return withSdkHeaders(patchRequestedFor(urlEqualTo(url))).withHeader("Content-Type", equalTo("application/json"));
    }

    /** A POST of exactly {@code url} with a JSON body, carrying the SDK's headers. */
    static RequestPatternBuilder sdkJsonPost(String url) {
        return withSdkHeaders(postRequestedFor(urlEqualTo(url))).withHeader("Content-Type", equalTo("application/json"));
    }

    /** The headers every SDK request for JSON carries. */
    static RequestPatternBuilder withSdkHeaders(RequestPatternBuilder request) {
        return withSdkHeaders(request, "application/json");
    }

    /** The headers every SDK request carries, accepting {@code mediaType}. */
    static RequestPatternBuilder withSdkHeaders(RequestPatternBuilder request, String mediaType) {
        return request
                .withHeader("X-Payhawk-ApiKey", equalTo(API_KEY))
                .withHeader("Accept", equalTo(mediaType))
                .withHeader("User-Agent", matching("payhawk4j/\\S+ Java/\\d+"));
    }

    /** The text of {@code src/test/resources/service/<name>}. */
    static String serviceFixture(String name) {
        try (InputStream in = StubbedPayhawkApi.class.getResourceAsStream("/service/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /service/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
