package io.github.payhawk4j.reliability;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EventType;

import java.util.concurrent.CompletableFuture;

/**
 * The two calls the reliability tests put under stress: an idempotent GET ({@code client.expenses().get})
 * and a POST that creates data ({@code client.webhooks().create}), each sync or async.
 */
enum ApiCall {

    GET_EXPENSE("/api/v3/accounts/" + ApiCall.ACCOUNT + "/expenses/1207", "{\"id\":\"1207\"}", true) {
        @Override
        Object sync(PayhawkClient client) {
            return client.expenses().get("1207");
        }

        @Override
        CompletableFuture<?> async(PayhawkClient client) {
            return client.async().expenses().get("1207");
        }

        @Override
        MappingBuilder stub() {
            return WireMock.get(WireMock.urlPathEqualTo(path()));
        }

        @Override
        RequestPatternBuilder requests() {
            return WireMock.getRequestedFor(WireMock.urlPathEqualTo(path()));
        }
    },

    CREATE_SUBSCRIPTION("/api/v3/accounts/" + ApiCall.ACCOUNT + "/webhooks",
            "{\"id\":\"sub_1\",\"eventType\":\"expense.created\",\"callbackUrl\":\"" + ApiCall.CALLBACK_URL
                    + "\",\"status\":\"active\"}", false) {
        @Override
        Object sync(PayhawkClient client) {
            return client.webhooks().create(EventType.EXPENSE_CREATED, CALLBACK_URL);
        }

        @Override
        CompletableFuture<?> async(PayhawkClient client) {
            return client.async().webhooks().create(EventType.EXPENSE_CREATED, CALLBACK_URL);
        }

        @Override
        MappingBuilder stub() {
            return WireMock.post(WireMock.urlPathEqualTo(path()));
        }

        @Override
        RequestPatternBuilder requests() {
            return WireMock.postRequestedFor(WireMock.urlPathEqualTo(path()));
        }
    };

    /** The client's default account. */
    static final String ACCOUNT = "acme";
    /** The HTTPS callback the POST subscribes. */
    static final String CALLBACK_URL = "https://erp.example.com/payhawk/webhooks";

    private final String path;
    private final String okBody;
    private final boolean retriedAfterIoFailure;

    ApiCall(String path, String okBody, boolean retriedAfterIoFailure) {
        this.path = path;
        this.okBody = okBody;
        this.retriedAfterIoFailure = retriedAfterIoFailure;
    }

    /** Makes the call and blocks for its result. */
    abstract Object sync(PayhawkClient client);

    /** Starts the call's async twin. */
    abstract CompletableFuture<?> async(PayhawkClient client);

    /** A WireMock stub matching this call's method and path. */
    abstract MappingBuilder stub();

    /** A WireMock pattern counting this call's requests. */
    abstract RequestPatternBuilder requests();

    /** The request path, without query. */
    String path() {
        return path;
    }

    /** A successful response body for this call. */
    String okBody() {
        return okBody;
    }

    /**
     * Whether the documented retry rules repeat this call after an I/O failure or timeout once the
     * request may have left: GET yes; POST no (Payhawk has no idempotency keys).
     */
    boolean retriedAfterIoFailure() {
        return retriedAfterIoFailure;
    }

    /** The HTTP method. */
    String method() {
        return retriedAfterIoFailure ? "GET" : "POST";
    }
}
