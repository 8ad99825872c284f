package io.github.payhawk4j.webhooks.servlet;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.internal.PrintableText;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Jakarta servlet filter (Servlet 6) that receives Payhawk webhook deliveries and answers them through a
 * {@link WebhookDispatcher}, or through another {@link WebhookReceiver} such as {@code WebhookInbox}.
 * Map it to the callback path only; it handles every request it sees and never passes
 * one down the chain, so nothing unverified reaches the rest of the application.
 *
 * <ul>
 *   <li>{@code POST}: reads the raw body once, up to {@link WebhookDispatcher#maxBodyBytes()} (a larger declared
 *       {@code Content-Length} is answered 413 without reading; a larger streamed body is cut off with 413) and
 *       within {@link WebhookDispatcher#bodyReadTimeout()} (408 when exceeded), runs
 *       {@link WebhookDispatcher#handle(String, Map, byte[])} and writes its status, headers and JSON body.</li>
 *   <li>Any other method: 405 with {@code Allow: POST}.</li>
 * </ul>
 *
 * <p><b>Slow senders.</b> Registered with async support (the default for Jetty's embedded {@code FilterHolder}
 * and Spring Boot's {@code FilterRegistrationBean}; {@code <async-supported>true</async-supported>} in
 * {@code web.xml}; {@code setAsyncSupported(true)} on a {@code ServletContext} registration), the filter reads the
 * body with non-blocking I/O: no container thread waits for a slow or stalled sender, and the delivery is answered
 * 408 when the read timeout passes. Without async support it reads with blocking reads, checks the timeout after
 * every read, and a sender that stalls completely is bounded only by the container's idle timeout.
 *
 * <p><b>The signed path.</b> Payhawk signs the path (and query) of the callback URL it posts to. By default
 * the filter uses the request URI as received, context path included and not decoded, plus {@code "?"} and the
 * raw query string. Behind a proxy that rewrites paths, pass the registered callback URL instead: its path is
 * used, with its own query if it has one, otherwise with the request's query.
 *
 * <p><b>web.xml.</b> A container-created filter cannot be handed a dispatcher, so the no-argument constructor
 * looks it up in a {@code ServletContext} attribute when the filter is initialised; init-param
 * {@value #DISPATCHER_ATTRIBUTE_PARAM} names the attribute (default {@value #DEFAULT_DISPATCHER_ATTRIBUTE}), and
 * init-param {@value #CALLBACK_URL_PARAM} optionally sets the callback URL.
 */
public final class PayhawkWebhookFilter implements Filter {

    /** Init-param naming the {@code ServletContext} attribute that holds the {@link WebhookDispatcher}. */
    public static final String DISPATCHER_ATTRIBUTE_PARAM = "dispatcherAttribute";
    /** The attribute looked up when {@value #DISPATCHER_ATTRIBUTE_PARAM} is not set. */
    public static final String DEFAULT_DISPATCHER_ATTRIBUTE = "io.github.payhawk4j.webhooks.WebhookDispatcher";
    /** Init-param holding the callback URL registered with Payhawk, whose path is the signed one. */
    public static final String CALLBACK_URL_PARAM = "callbackUrl";

    private static final Logger LOG = LoggerFactory.getLogger(PayhawkWebhookFilter.class);

    private volatile WebhookReceiver dispatcher;
    private volatile SignedPath signedPath;

    /**
     * A filter for {@code web.xml}: it takes its dispatcher from a {@code ServletContext} attribute in
     * {@link #init(FilterConfig)}; see the class documentation.
     */
    public PayhawkWebhookFilter() {
        this.signedPath = SignedPath.FROM_REQUEST;
    }

    /**
     * A filter that checks signatures against the path and query the request was addressed to.
     *
     * @param dispatcher handles the deliveries: a {@link WebhookDispatcher}, or a {@code WebhookInbox}
     */
    public PayhawkWebhookFilter(WebhookReceiver dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.signedPath = SignedPath.FROM_REQUEST;
    }

    /**
     * A filter for an application behind a path-rewriting proxy: the signed path is taken from the callback URL
     * registered with Payhawk, not from the request.
     *
     * @param dispatcher  handles the deliveries: a {@link WebhookDispatcher}, or a {@code WebhookInbox}
     * @param callbackUrl the callback URL exactly as registered, e.g. {@code https://erp.example.com/payhawk/events}
     * @throws IllegalArgumentException if {@code callbackUrl} is not an absolute URL with a path
     */
    public PayhawkWebhookFilter(WebhookReceiver dispatcher, String callbackUrl) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.signedPath = SignedPath.fromCallbackUrl(Objects.requireNonNull(callbackUrl, "callbackUrl"));
    }

    /**
     * Looks up the dispatcher in the {@code ServletContext} if none was passed to the constructor, and reads
     * the optional {@value #CALLBACK_URL_PARAM} init-param.
     *
     * @throws ServletException if there is no dispatcher or the callback URL is invalid
     */
    @Override
    public void init(FilterConfig config) throws ServletException {
        String callbackUrl = config.getInitParameter(CALLBACK_URL_PARAM);
        if (callbackUrl != null && !callbackUrl.isBlank()) {
            try {
                signedPath = SignedPath.fromCallbackUrl(callbackUrl.trim());
            } catch (IllegalArgumentException e) {
                throw new ServletException("init-param " + CALLBACK_URL_PARAM + " of filter "
                        + config.getFilterName() + ": " + e.getMessage(), e);
            }
        }
        if (dispatcher != null) {
            return;
        }
        String attribute = config.getInitParameter(DISPATCHER_ATTRIBUTE_PARAM);
        if (attribute == null || attribute.isBlank()) {
            attribute = DEFAULT_DISPATCHER_ATTRIBUTE;
        }
        Object found = config.getServletContext().getAttribute(attribute);
        if (!(found instanceof WebhookReceiver webhookDispatcher)) {
            throw new ServletException("filter " + config.getFilterName() + " needs a WebhookDispatcher (or another"
                    + " WebhookReceiver such as a WebhookInbox) in the"
                    + " ServletContext attribute \"" + attribute + "\" but found "
                    + (found == null ? "nothing" : found.getClass().getName())
                    + "; set it from a ServletContextListener before filters start, or construct the filter"
                    + " with a dispatcher");
        }
        dispatcher = webhookDispatcher;
    }

    /** Answers the request as a webhook delivery; never calls {@code chain}. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        if (!(request instanceof HttpServletRequest httpRequest)
                || !(response instanceof HttpServletResponse httpResponse)) {
            throw new IllegalStateException("PayhawkWebhookFilter only serves HTTP requests");
        }
        WebhookReceiver webhookDispatcher = dispatcher;
        if (webhookDispatcher == null) {
            throw new IllegalStateException("PayhawkWebhookFilter was not initialised with a dispatcher");
        }
        if (!"POST".equals(httpRequest.getMethod())) {
            httpResponse.setHeader("Allow", "POST");
            write(httpResponse, WebhookResponse.error(405, "method_not_allowed",
                    "webhook deliveries are POST requests"));
            return;
        }
        int limit = webhookDispatcher.maxBodyBytes();
        String requestPath = PrintableText.of(httpRequest.getRequestURI());
        DeliveryBody body = new DeliveryBody(requestPath, limit, webhookDispatcher.bodyReadTimeout(), System.nanoTime());
        long declaredLength = httpRequest.getContentLengthLong();
        if (declaredLength > limit) {
            LOG.warn("Rejected webhook delivery to {}: Content-Length {} exceeds the limit of {} bytes",
                    requestPath, declaredLength, limit);
            if (httpRequest.isAsyncSupported()) {
                AsyncDeliveryRead.refuse(httpRequest, httpResponse, body, tooLarge(limit));
            } else {
                refuseBlocking(httpRequest, httpResponse, body, tooLarge(limit));
            }
            return;
        }
        String pathAndQuery = signedPath.of(httpRequest);
        Map<String, List<String>> headers = headers(httpRequest);
        if (httpRequest.isAsyncSupported()) {
            AsyncDeliveryRead.start(httpRequest, httpResponse, body,
                    bytes -> webhookDispatcher.handle(pathAndQuery, headers, bytes));
            return;
        }
        WebhookResponse failure = body.readBlocking(httpRequest.getInputStream());
        if (failure == null) {
            write(httpResponse, webhookDispatcher.handle(pathAndQuery, headers, body.bytes()));
        } else if (failure.status() == 413) {
            refuseBlocking(httpRequest, httpResponse, body, failure);
        } else {
            write(httpResponse, failure);
        }
    }

    /** Answers a body refused as too large, then drains the rest of it (see {@link DeliveryBody}). */
    private static void refuseBlocking(HttpServletRequest request, HttpServletResponse response, DeliveryBody body,
                                       WebhookResponse refusal) throws IOException {
        write(response, refusal.withHeader("Connection", "close"));
        body.drainBlocking(request.getInputStream());
    }

    /** Nothing to release; the dispatcher belongs to the application. */
    @Override
    public void destroy() {
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.computeIfAbsent(name, any -> new ArrayList<>()).addAll(Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    static WebhookResponse tooLarge(int limit) {
        return WebhookResponse.error(413, "body_too_large", "the body exceeds the limit of " + limit + " bytes");
    }

    /** Writes status, headers and JSON body, and commits the response. */
    static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
        byte[] json = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentType(WebhookResponse.CONTENT_TYPE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }

    /** Where the signed path and query come from. */
    private record SignedPath(String path, String query) {

        static final SignedPath FROM_REQUEST = new SignedPath(null, null);

        static SignedPath fromCallbackUrl(String callbackUrl) {
            URI uri;
            try {
                uri = new URI(callbackUrl);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("callback URL is not a valid URI: " + e.getMessage(), e);
            }
            if (!uri.isAbsolute() || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                throw new IllegalArgumentException("callback URL must be absolute with a path, like"
                        + " https://erp.example.com/payhawk/webhooks");
            }
            return new SignedPath(uri.getRawPath(), uri.getRawQuery());
        }

        String of(HttpServletRequest request) {
            String signedPath = path != null ? path : request.getRequestURI();
            String signedQuery = query != null ? query : request.getQueryString();
            return signedQuery == null ? signedPath : signedPath + "?" + signedQuery;
        }
    }
}
