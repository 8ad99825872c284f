package io.github.payhawk4j.webhooks.servlet;

import io.github.payhawk4j.webhooks.PayhawkSender;
import io.github.payhawk4j.webhooks.SignedDelivery;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayhawkWebhookFilterTest {

    private static final String CONTEXT_PATH = "/shop";
    private static final String FILTER_MAPPING = "/payhawk/*";

    private static final PayhawkSender payhawk = new PayhawkSender();
    private final List<WebhookEvent> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger downstreamRequests = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private Server server;
    private int port;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private WebhookDispatcher.Builder dispatcher() {
        return WebhookDispatcher.builder()
                .verifier(payhawk.verifier())
                .on(ExpenseCreated.class, (event, context) -> handled.add(event))
                .onUnhandled((event, context) -> handled.add(event));
    }

    /** Starts Jetty with the filter on {@code /shop/payhawk/*} in front of a servlet on {@code /shop/*}. */
    private void start(FilterHolder filter) throws Exception {
        start(filter, context -> { });
    }

    private void start(FilterHolder filter, Consumer<ServletContextHandler> customize) throws Exception {
        startContext(context -> {
            context.addFilter(filter, FILTER_MAPPING, EnumSet.of(DispatcherType.REQUEST));
            customize.accept(context);
        });
    }

    /** Starts Jetty with a counting servlet on {@code /shop/*}; {@code setup} adds the rest. */
    private void startContext(Consumer<ServletContextHandler> setup) throws Exception {
        startContext(setup, connector -> { });
    }

    private void startContext(Consumer<ServletContextHandler> setup, Consumer<ServerConnector> tuneConnector)
            throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        tuneConnector.accept(connector);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                downstreamRequests.incrementAndGet();
                response.setStatus(200);
                response.getWriter().write("downstream");
            }
        }), "/*");
        setup.accept(context);
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    private void start(WebhookDispatcher dispatcher) throws Exception {
        start(new FilterHolder(new PayhawkWebhookFilter(dispatcher)));
    }

    private HttpResponse<String> post(SignedDelivery delivery) throws Exception {
        return post(delivery.pathAndQuery(), delivery, HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    }

    private HttpResponse<String> post(String pathAndQuery, SignedDelivery delivery,
                                      HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).POST(body);
        delivery.headers().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private SignedDelivery expenseCreated(String pathAndQuery, String deliveryId) {
        return payhawk.deliver(pathAndQuery, deliveryId, "expense.created", "{\"expenseId\":\"43\"}");
    }

    @Test
    void aSignedDeliveryIsVerifiedHandledAndAnsweredWithoutReachingTheRestOfTheChain() throws Exception {
        start(dispatcher().build());

        HttpResponse<String> response = post(expenseCreated("/shop/payhawk/webhooks", "d-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(handled).singleElement().isInstanceOfSatisfying(ExpenseCreated.class,
                event -> assertThat(event.expenseId()).isEqualTo("43"));
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void theDownstreamServletServesEverythingOutsideTheFilterMapping() throws Exception {
        start(dispatcher().build());

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/shop/orders")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("downstream");
        assertThat(downstreamRequests).hasValue(1);
    }

    @Test
    void theSignedPathIsTheContextPathPlusMappingAndTheRawQueryAsTheSenderAddressedThem() throws Exception {
        start(dispatcher().build());

        HttpResponse<String> encoded = post(expenseCreated(
                "/shop/payhawk/caf%C3%A9/webhooks?tenant=acme&note=a%20b&empty=", "d-1"));
        HttpResponse<String> withoutContextPath = post("/shop/payhawk/webhooks",
                expenseCreated("/payhawk/webhooks", "d-2"),
                HttpRequest.BodyPublishers.ofString(PayhawkSender.envelope("d-2", "expense.created",
                        "{\"expenseId\":\"43\"}")));

        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(withoutContextPath.statusCode()).isEqualTo(401);
        assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-1");
    }

    @Test
    void aFilterMappedToAServletSeesTheContextPathAndServletPathInTheSignedPath() throws Exception {
        WebhookDispatcher dispatcher = dispatcher().build();
        AtomicInteger endpointRequests = new AtomicInteger();
        startContext(context -> {
            ServletHolder endpoint = new ServletHolder("webhook-endpoint", new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) {
                    endpointRequests.incrementAndGet();
                }
            });
            context.addServlet(endpoint, "/hooks/*");
            FilterHolder filter = new FilterHolder(new PayhawkWebhookFilter(dispatcher));
            filter.setName("payhawk-webhooks");
            context.getServletHandler().addFilter(filter);
            FilterMapping mapping = new FilterMapping();
            mapping.setFilterName("payhawk-webhooks");
            mapping.setServletName("webhook-endpoint");
            mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
            context.getServletHandler().addFilterMapping(mapping);
        });

        HttpResponse<String> response = post(expenseCreated("/shop/hooks/payhawk?tenant=acme", "d-1"));
        HttpResponse<String> signedWithoutContext = post("/shop/hooks/payhawk?tenant=acme",
                expenseCreated("/hooks/payhawk?tenant=acme", "d-2"),
                HttpRequest.BodyPublishers.ofString(PayhawkSender.envelope("d-2", "expense.created",
                        "{\"expenseId\":\"43\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(signedWithoutContext.statusCode()).isEqualTo(401);
        assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-1");
        assertThat(endpointRequests).hasValue(0);
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void aDeliverySignedForAnotherQueryStringIsRejected() throws Exception {
        start(dispatcher().build());
        SignedDelivery signedForAcme = expenseCreated("/shop/payhawk/webhooks?tenant=acme", "d-1");

        HttpResponse<String> response = post("/shop/payhawk/webhooks?tenant=evil", signedForAcme,
                HttpRequest.BodyPublishers.ofByteArray(signedForAcme.body()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(handled).isEmpty();
    }

    @Test
    void aFailedVerificationIsAnswered401AndNeverReachesTheDownstreamServlet() throws Exception {
        start(dispatcher().build());
        SignedDelivery delivery = expenseCreated("/shop/payhawk/webhooks", "d-1")
                .withBody(PayhawkSender.envelope("d-1", "expense.created", "{\"expenseId\":\"666\"}"));

        HttpResponse<String> response = post(delivery);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"signature_mismatch\"")
                .doesNotContain(delivery.signature()).doesNotContain("666");
        assertThat(handled).isEmpty();
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void aTimestampFarInThePastOrFutureIsAnswered401WithItsReasonNeverA5xx() throws Exception {
        start(dispatcher().build());
        SignedDelivery delivery = expenseCreated("/shop/payhawk/webhooks", "d-1");

        for (String timestamp : List.of("+300000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "+1000000001-01-01T00:00:00Z")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(delivery.pathAndQuery()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .header(WebhookHeaders.TIMESTAMP, timestamp)
                    .header(WebhookHeaders.SIGNATURE, delivery.signature());
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(timestamp).isEqualTo(401);
            assertThat(response.body()).as(timestamp).containsAnyOf("\"error\":\"timestamp_in_future\"",
                    "\"error\":\"timestamp_too_old\"", "\"error\":\"malformed_timestamp\"");
        }
        assertThat(handled).isEmpty();
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void aSignedBodyThatIsNotADeliveryIsAnswered400() throws Exception {
        start(dispatcher().build());

        HttpResponse<String> response = post(payhawk.sign("/shop/payhawk/webhooks", "[1, 2, 3]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"invalid_payload\"");
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void otherMethodsAreAnswered405WithAllowPost() throws Exception {
        start(dispatcher().build());

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/shop/payhawk/webhooks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri("/shop/payhawk/webhooks"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(downstreamRequests).hasValue(0);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsAnswered413() throws Exception {
        start(dispatcher().maxBodyBytes(1024).build());
        SignedDelivery large = payhawk.deliver("/shop/payhawk/webhooks", "d-1", "expense.created",
                "{\"expenseId\":\"43\",\"padding\":\"" + "x".repeat(2048) + "\"}");

        HttpResponse<String> response = post(large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"body_too_large\"");
        assertThat(handled).isEmpty();
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutOffWith413() throws Exception {
        start(dispatcher().maxBodyBytes(1024).build());
        SignedDelivery large = payhawk.deliver("/shop/payhawk/webhooks", "d-1", "expense.created",
                "{\"expenseId\":\"43\",\"padding\":\"" + "x".repeat(2048) + "\"}");
        SignedDelivery small = expenseCreated("/shop/payhawk/webhooks", "d-2");

        // A body of unknown length is sent chunked, without Content-Length.
        HttpResponse<String> tooLarge = post(large.pathAndQuery(), large,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.body())));
        HttpResponse<String> fits = post(small.pathAndQuery(), small,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.body())));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-2");
    }

    @Test
    void aSenderThatStallsMidBodyIsAnswered408OnceTheReadTimeoutHasPassed() throws Exception {
        start(dispatcher().bodyReadTimeout(Duration.ofMillis(300)).build());
        SignedDelivery delivery = expenseCreated("/shop/payhawk/webhooks", "d-1");

        // Jetty's own idle timeout (30 s) is longer than this client waits: only the filter's deadline can answer.
        try (RawHttpConnection sender = new RawHttpConnection(port, Duration.ofSeconds(20))) {
            sender.send(requestHead(delivery)).send(Arrays.copyOf(delivery.body(), 10));
            String response = sender.readResponse();

            assertThat(RawHttpConnection.status(response)).isEqualTo(408);
            assertThat(response).contains("\"error\":\"body_timeout\"");
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void aSenderDrippingTheBodyIsAnswered408OnceTheWholeBodyTakesLongerThanTheReadTimeout() throws Exception {
        start(dispatcher().bodyReadTimeout(Duration.ofMillis(300)).build());
        assertThat(dripped(expenseCreated("/shop/payhawk/webhooks", "d-1"))).isEqualTo(408);
        assertThat(handled).isEmpty();
    }

    @Test
    void withoutAsyncSupportADrippingSenderIsStillCutOffAtTheReadTimeout() throws Exception {
        FilterHolder blocking = new FilterHolder(new PayhawkWebhookFilter(
                dispatcher().bodyReadTimeout(Duration.ofMillis(300)).build()));
        blocking.setAsyncSupported(false);
        start(blocking);

        assertThat(dripped(expenseCreated("/shop/payhawk/webhooks", "d-1"))).isEqualTo(408);
        assertThat(handled).isEmpty();
    }

    @Test
    void withoutAsyncSupportAStalledSenderIsCutOffByTheContainersIdleTimeoutAndAnswered408() throws Exception {
        FilterHolder blocking = new FilterHolder(new PayhawkWebhookFilter(
                dispatcher().bodyReadTimeout(Duration.ofMillis(300)).build()));
        blocking.setAsyncSupported(false);
        startContext(context -> context.addFilter(blocking, FILTER_MAPPING, EnumSet.of(DispatcherType.REQUEST)),
                connector -> connector.setIdleTimeout(600));
        SignedDelivery delivery = expenseCreated("/shop/payhawk/webhooks", "d-1");

        try (RawHttpConnection sender = new RawHttpConnection(port, Duration.ofSeconds(20))) {
            sender.send(requestHead(delivery)).send(Arrays.copyOf(delivery.body(), 10));
            String response = sender.readResponse();

            assertThat(RawHttpConnection.status(response)).isEqualTo(408);
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void withoutAsyncSupportBodiesOverTheLimitAreStillAnswered413DeclaredOrStreamed() throws Exception {
        FilterHolder blocking = new FilterHolder(new PayhawkWebhookFilter(dispatcher().maxBodyBytes(1024).build()));
        blocking.setAsyncSupported(false);
        start(blocking);
        SignedDelivery large = payhawk.deliver("/shop/payhawk/webhooks", "d-1", "expense.created",
                "{\"expenseId\":\"43\",\"padding\":\"" + "x".repeat(200_000) + "\"}");

        HttpResponse<String> declared = post(large);
        HttpResponse<String> streamed = post(large.pathAndQuery(), large,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.body())));
        HttpResponse<String> fits = post(expenseCreated("/shop/payhawk/webhooks", "d-2"));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-2");
    }

    @Test
    void stalledSendersHoldNoThreadSoAValidDeliveryIsStillAnswered() throws Exception {
        int stalledSenders = 40;
        CountDownLatch allStalledArrived = new CountDownLatch(stalledSenders);
        QueuedThreadPool fewThreads = new QueuedThreadPool(12, 4);
        server = new Server(fewThreads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder((request, response, chain) -> {
            if (((HttpServletRequest) request).getRequestURI().endsWith("/stalled")) {
                allStalledArrived.countDown();
            }
            chain.doFilter(request, response);
        }), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(
                dispatcher().bodyReadTimeout(Duration.ofSeconds(60)).build())), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
        SignedDelivery stalled = expenseCreated("/stalled", "d-stalled");
        List<RawHttpConnection> senders = new ArrayList<>();
        try {
            for (int i = 0; i < stalledSenders; i++) {
                senders.add(new RawHttpConnection(port, Duration.ofSeconds(20))
                        .send(requestHead(stalled)).send(Arrays.copyOf(stalled.body(), 10)));
            }
            // With blocking reads, the pool's few threads would all wait in read() and the rest never arrive.
            assertThat(allStalledArrived.await(20, TimeUnit.SECONDS)).as("all stalled senders reached the filter").isTrue();

            HttpResponse<String> valid = post(expenseCreated("/payhawk/webhooks", "d-1"));

            assertThat(valid.statusCode()).isEqualTo(200);
            assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-1");
        } finally {
            for (RawHttpConnection sender : senders) {
                sender.close();
            }
        }
    }

    /** Sends the head of a POST of {@code delivery} with its full Content-Length, but no body yet. */
    private static String requestHead(SignedDelivery delivery) {
        return "POST " + delivery.pathAndQuery() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + WebhookHeaders.TIMESTAMP + ": " + delivery.headers().get(WebhookHeaders.TIMESTAMP).get(0) + "\r\n"
                + WebhookHeaders.SIGNATURE + ": " + delivery.signature() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + delivery.body().length + "\r\n\r\n";
    }

    /**
     * Sends the body one byte every 50 ms, which takes seconds for a whole delivery, until the server answers;
     * returns the status of the answer.
     */
    private int dripped(SignedDelivery delivery) throws Exception {
        try (RawHttpConnection sender = new RawHttpConnection(port, Duration.ofSeconds(20))) {
            sender.send(requestHead(delivery));
            try {
                for (byte b : delivery.body()) {
                    if (sender.hasResponse()) {
                        break;
                    }
                    sender.send(new byte[] {b});
                    Thread.sleep(50);
                }
            } catch (IOException closedByTheServer) {
                // The server answered and closed the connection while we were still sending.
            }
            String response = sender.readResponse();
            assertThat(response).contains("\"error\":\"body_timeout\"");
            return RawHttpConnection.status(response);
        }
    }

    @Test
    void behindAPathRewritingProxyTheRegisteredCallbackUrlGivesTheSignedPath() throws Exception {
        WebhookDispatcher dispatcher = dispatcher().build();
        start(new FilterHolder(new PayhawkWebhookFilter(dispatcher,
                "https://erp.example.com/public/payhawk-events?tenant=acme")));
        // The proxy forwards https://erp.example.com/public/payhawk-events?tenant=acme to /shop/payhawk/in?tenant=acme.
        SignedDelivery delivery = expenseCreated("/public/payhawk-events?tenant=acme", "d-1");

        HttpResponse<String> proxied = post("/shop/payhawk/in?tenant=acme", delivery,
                HttpRequest.BodyPublishers.ofByteArray(delivery.body()));

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(handled).extracting(WebhookEvent::deliveryId).containsExactly("d-1");
    }

    @Test
    void aCallbackUrlWithoutQueryTakesTheQueryFromTheRequest() throws Exception {
        WebhookDispatcher dispatcher = dispatcher().build();
        start(new FilterHolder(new PayhawkWebhookFilter(dispatcher, "https://erp.example.com/public/payhawk-events")));
        SignedDelivery acme = expenseCreated("/public/payhawk-events?tenant=acme", "d-1");
        SignedDelivery plain = expenseCreated("/public/payhawk-events", "d-2");

        HttpResponse<String> withQuery = post("/shop/payhawk/in?tenant=acme", acme,
                HttpRequest.BodyPublishers.ofByteArray(acme.body()));
        HttpResponse<String> withoutQuery = post("/shop/payhawk/in", plain,
                HttpRequest.BodyPublishers.ofByteArray(plain.body()));
        HttpResponse<String> requestPathSigned = post(expenseCreated("/shop/payhawk/in", "d-3"));

        assertThat(withQuery.statusCode()).isEqualTo(200);
        assertThat(withoutQuery.statusCode()).isEqualTo(200);
        assertThat(requestPathSigned.statusCode()).isEqualTo(401);
    }

    @Test
    void aWebXmlFilterTakesItsDispatcherFromTheNamedServletContextAttribute() throws Exception {
        WebhookDispatcher dispatcher = dispatcher().build();
        FilterHolder filter = new FilterHolder(PayhawkWebhookFilter.class);
        filter.setInitParameter(PayhawkWebhookFilter.DISPATCHER_ATTRIBUTE_PARAM, "payhawk.dispatcher");
        start(filter, context -> context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                event.getServletContext().setAttribute("payhawk.dispatcher", dispatcher);
            }
        }));

        HttpResponse<String> response = post(expenseCreated("/shop/payhawk/webhooks", "d-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aWebXmlFilterReadsTheCallbackUrlInitParameter() throws Exception {
        WebhookDispatcher dispatcher = dispatcher().build();
        FilterHolder filter = new FilterHolder(PayhawkWebhookFilter.class);
        filter.setInitParameter(PayhawkWebhookFilter.CALLBACK_URL_PARAM, "https://erp.example.com/hooks/payhawk");
        start(filter, context -> context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                event.getServletContext().setAttribute(PayhawkWebhookFilter.DEFAULT_DISPATCHER_ATTRIBUTE, dispatcher);
            }
        }));
        SignedDelivery delivery = expenseCreated("/hooks/payhawk", "d-1");

        HttpResponse<String> response = post("/shop/payhawk/webhooks", delivery,
                HttpRequest.BodyPublishers.ofByteArray(delivery.body()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aWebXmlFilterWithoutADispatcherStopsTheApplicationFromStartingAndNamesTheAttribute() {
        FilterHolder filter = new FilterHolder(PayhawkWebhookFilter.class);
        filter.setInitParameter(PayhawkWebhookFilter.DISPATCHER_ATTRIBUTE_PARAM, "payhawk.dispatcher");

        assertThatThrownBy(() -> start(filter))
                .isInstanceOf(ServletException.class)
                .hasMessageContaining("ServletContext attribute \"payhawk.dispatcher\"")
                .hasMessageContaining("found nothing");
    }

    @Test
    void onAHostServingSeveralAccountsADeliveryResentWithAnotherAccountsHostIsRejected() throws Exception {
        List<String> bookedForA = new CopyOnWriteArrayList<>();
        List<String> bookedForB = new CopyOnWriteArrayList<>();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new ContextHandlerCollection(
                tenantContext("tenant-a.example", "acc-a", bookedForA),
                tenantContext("tenant-b.example", "acc-b", bookedForB)));
        server.start();
        port = connector.getLocalPort();
        SignedDelivery forA = payhawk.sign("/payhawk/webhooks", "{\"id\":\"d-1\",\"accountId\":\"acc-a\","
                + "\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}");

        String resentToB = postWithHost("tenant-b.example", forA);
        String sentToA = postWithHost("tenant-a.example", forA);

        assertThat(RawHttpConnection.status(resentToB)).isEqualTo(401);
        assertThat(resentToB).contains("\"error\":\"account_not_served\"");
        assertThat(bookedForB).isEmpty();
        assertThat(RawHttpConnection.status(sentToA)).isEqualTo(200);
        assertThat(bookedForA).containsExactly("d-1");
    }

    /** A context for one virtual host whose filter's dispatcher serves one account. */
    private static ServletContextHandler tenantContext(String host, String accountId, List<String> booked) {
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(payhawk.verifier())
                .servesAccounts(accountId)
                .on(WebhookEvent.class, (event, context) -> booked.add(event.deliveryId()))
                .build();
        ServletContextHandler context = new ServletContextHandler("/");
        context.setVirtualHosts(List.of(host));
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), "/payhawk/*",
                EnumSet.of(DispatcherType.REQUEST));
        return context;
    }

    /** Posts a signed delivery with a {@code Host} header of our choosing, which java.net.http refuses to set. */
    private String postWithHost(String host, SignedDelivery delivery) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(port, Duration.ofSeconds(30))) {
            connection.send("POST " + delivery.pathAndQuery() + " HTTP/1.1\r\n"
                    + "Host: " + host + "\r\n"
                    + WebhookHeaders.TIMESTAMP + ": " + delivery.headers().get(WebhookHeaders.TIMESTAMP).get(0) + "\r\n"
                    + WebhookHeaders.SIGNATURE + ": " + delivery.signature() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + delivery.body().length + "\r\n"
                    + "Connection: close\r\n\r\n").send(delivery.body());
            return connection.readResponse();
        }
    }

    @Test
    void duplicatesOverHttpAreAcknowledgedWithoutHandlingAgain() throws Exception {
        start(dispatcher().build());
        SignedDelivery delivery = expenseCreated("/shop/payhawk/webhooks", "d-1");

        HttpResponse<String> first = post(delivery);
        HttpResponse<String> second = post(delivery);

        assertThat(first.body()).isEqualTo("{\"status\":\"processed\"}");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"status\":\"duplicate\"}");
        assertThat(handled).hasSize(1);
    }
}
