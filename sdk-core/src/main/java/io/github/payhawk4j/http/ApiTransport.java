package io.github.payhawk4j.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.ErrorDetails;
import io.github.payhawk4j.error.IncompleteListException;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.error.ServerException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one way every service talks to Payhawk: encodes JSON bodies, sends through the executor chain
 * (retries, rate limit, auth), maps non-2xx responses to the {@link PayhawkException} hierarchy and
 * decodes successful ones. Thread-safe.
 */
public final class ApiTransport {


    private final HttpExecutor executor;
    private final ObjectMapper mapper;
    private final Clock clock;

    /**
     * @param executor the chain that sends attempts (see {@link RetryingHttpExecutor})
     * @param mapper   the SDK's mapper, from {@link io.github.payhawk4j.json.PayhawkJson}
     * @param clock    now, for HTTP-date {@code Retry-After} values in errors
     */
    public ApiTransport(HttpExecutor executor, ObjectMapper mapper, Clock clock) {
        this.executor = executor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Sends {@code request} and reads the successful response with {@code reader}, or throws a {@link PayhawkException}. */
    public <T> T call(ApiRequest request, ResponseReader<T> reader) {
        return exchange(request, reader).value();
    }

    /** Like {@link #call}, keeping the response the value was read from. */
    public <T> DecodedResponse<T> exchange(ApiRequest request, ResponseReader<T> reader) {
        StreamingResponseReader<?> streaming = reader instanceof StreamingResponseReader<?> s ? s : null;
        return decode(request, executor.execute(request, streaming), reader);
    }

    /** Like {@link #exchange}, without blocking; the future fails with a {@link PayhawkException}. */
    public <T> CompletableFuture<DecodedResponse<T>> exchangeAsync(ApiRequest request, ResponseReader<T> reader) {
        CompletableFuture<ApiResponse> sent;
        try {
            sent = executor.executeAsync(request);
        } catch (PayhawkException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.thenApply(response -> decode(request, response, reader));
    }

    /** {@code request} with {@code body} as its JSON body. */
    public ApiRequest withJsonBody(ApiRequest request, Object body) {
        try {
            return request.withBody(mapper.writeValueAsBytes(body), ApiRequest.JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code value} as compact JSON text, for query parameters such as {@code $filter}. */
    public String jsonText(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A reader of a JSON body into {@code type}. */
    public <T> ResponseReader<T> json(Class<T> type) {
        return json(mapper.constructType(type));
    }

    /**
     * A reader of a JSON body into a generic type, e.g. {@code Page<Expense>}; on the synchronous path it parses the
     * body as it arrives. The stream is left open: the executor reads what is left after the value (so the
     * connection is reused) and closes it.
     */
    public <T> StreamingResponseReader<T> json(JavaType type) {
        // Not mapper.readerFor(type): that resolves the type's deserializer now, and a client builds the readers of
        // all its operations at start, which would load every model's deserializer before the first call.
        ObjectReader reader = PayhawkJson.withModelRoots(mapper.reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH)
                .without(JsonParser.Feature.AUTO_CLOSE_SOURCE).forType(type));
        return new StreamingResponseReader<>() {
            @Override
            public T read(ApiResponse response) throws IOException {
                return reader.readValue(response.body());
            }

            @Override
            public T read(InputStream body) throws IOException {
                return reader.readValue(body);
            }
        };
    }

    /** Builds generic types for {@link #json(JavaType)}. */
    public JavaType type(Class<?> raw, Class<?>... parameters) {
        return mapper.getTypeFactory().constructParametricType(raw, parameters);
    }

    /**
     * A reader of a list the API returns without paging ({@code {"items": [...], "total": N}} with no
     * {@code $skip}/{@code $take}): all its items, or an {@link IncompleteListException} when {@code total} says
     * there are more than the response holds, since the SDK could not fetch the rest.
     */
    public <T> StreamingResponseReader<List<T>> unpagedList(Class<T> item) {
        StreamingResponseReader<Page<T>> pages = json(type(Page.class, item));
        return new StreamingResponseReader<>() {
            @Override
            public List<T> read(ApiResponse response) throws IOException {
                return allOf(pages.read(response));
            }

            @Override
            public List<T> read(InputStream body) throws IOException {
                return allOf(pages.read(body));
            }

            private List<T> allOf(Page<T> page) throws TruncatedList {
                if (page.total() > page.items().size()) {
                    throw new TruncatedList(page.total(), page.items().size());
                }
                return page.items();
            }
        };
    }

    /** A reader of a plain-text body. */
    public static ResponseReader<String> text() {
        return response -> new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A reader for responses without a body (204). */
    public static ResponseReader<Void> noContent() {
        return response -> null;
    }

    private <T> DecodedResponse<T> decode(ApiRequest request, ApiResponse response, ResponseReader<T> reader) {
        if (!response.isSuccessful()) {
            throw toException(request, response);
        }
        try {
            return new DecodedResponse<>(response, valueOf(response, reader));
        } catch (TruncatedList e) {
            throw new IncompleteListException(new ErrorDetails(response.statusCode(), null,
                    "the response lists " + e.received + " of " + e.total + " items and this endpoint has no paging;"
                            + " the SDK does not return a truncated list",
                    request.method(), request.path(), response.requestId().orElse(null)), e.total, e.received, null);
        } catch (IOException | RuntimeException e) {
            throw new UnexpectedResponseException(new ErrorDetails(response.statusCode(), null,
                    "the response body is not the documented JSON" + describe(e),
                    request.method(), request.path(), response.requestId().orElse(null)), e);
        }
    }

    /** The value the executor read as the body arrived, or the reader's reading of the collected body. */
    @SuppressWarnings("unchecked")
    private static <T> T valueOf(ApiResponse response, ResponseReader<T> reader) throws IOException {
        ApiResponse.StreamedRead streamed = response.streamed();
        if (streamed == null) {
            return reader.read(response);
        }
        if (streamed.failure() != null) {
            throw streamed.failure();
        }
        // The executor read it with this very reader (exchange passed it down).
        return (T) streamed.value();
    }

    /**
     * What is wrong with the body: for a value Jackson could not map, the field it is in (e.g.
     * {@code " at items[3].reconciliation.totalAmount: ..."}) and the reason without Jackson's source excerpt.
     */
    private static String describe(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return " at " + field + ": " + mapping.getOriginalMessage();
        }
        return ": " + e.getMessage();
    }

    /** Maps a non-2xx response to the exception a caller can act on. */
    PayhawkException toException(ApiRequest request, ApiResponse response) {
        String code = null;
        String message = null;
        try {
            JsonNode error = mapper.readTree(response.body());
            if (error != null && error.isObject()) {
                code = textOf(error.path("code"));
                message = textOf(error.path("message"));
            }
        } catch (IOException notJson) {
            // Proxies and gateways answer with HTML or plain text; the status still says what happened.
        }
        int status = response.statusCode();
        if (message == null && status >= 300 && status < 400) {
            message = "redirect to " + response.header("Location").orElse("(no Location)") + " not followed: the SDK"
                    + " sends the API key to its configured base URL only";
        }
        ErrorDetails details = new ErrorDetails(response.statusCode(), code, message, request.method(), request.path(),
                response.requestId().orElse(null));
        return switch (status) {
            case 400, 422 -> new InvalidRequestException(details, null);
            case 401 -> new AuthenticationException(details, null);
            case 403 -> new PermissionException(details, null);
            case 404 -> new NotFoundException(details, null);
            case 429 -> new RateLimitedException(details,
                    response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock)).orElse(null), null);
            default -> status >= 500 ? new ServerException(details, null) : new UnexpectedResponseException(details, null);
        };
    }

    /** The text of a scalar field; absent, null, empty or structured is no text. */
    private static String textOf(JsonNode field) {
        if (!field.isValueNode() || field.isNull()) {
            return null;
        }
        String text = field.asText();
        return text.isBlank() ? null : text;
    }


    /** Thrown by {@link #unpagedList} readers; {@link #decode} turns it into an {@link IncompleteListException}. */
    private static final class TruncatedList extends IOException {

        private static final long serialVersionUID = 1L;

        private final long total;
        private final int received;

        TruncatedList(long total, int received) {
            super(received + " of " + total + " items");
            this.total = total;
            this.received = received;
        }
    }
}
