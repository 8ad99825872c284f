package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 2: signed POSTs over loopback HTTP to embedded Jetty 12, answered by
 * {@link PayhawkWebhookFilter} (dispatcher, in-memory delivery store, a handler that does
 * nothing) or, side by side on the same server, by {@link BareVerifyingServlet}.
 *
 * <p>The deliveries cycle through {@value #DISTINCT_DELIVERIES} distinct ids while the store
 * remembers only {@value #REMEMBERED_DELIVERIES}, so every request is a first delivery: verified,
 * parsed, claimed, handled and confirmed, never short-cut as a duplicate. The tear-down checks that.
 * (The verifier's clock stands at the signing time with zero tolerance, so no copy verifies a moment
 * after it was processed, and the dispatcher lets the store forget ids as soon as it needs room.)
 * The two alternate, one request each per call, timed by {@link PairedTimings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class WebhookFilterBenchmark {

    private static final int DISTINCT_DELIVERIES = 64;
    private static final int REMEMBERED_DELIVERIES = 32;
    private static final String SDK_PATH = "/sdk/webhooks?tenant=acme";
    private static final String BARE_PATH = "/bare/webhooks?tenant=acme";

    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private Server server;
    private HttpClient http;
    private List<HttpRequest> sdkRequests;
    private List<HttpRequest> bareRequests;
    private int nextSdk;
    private int nextBare;
    private final AtomicLong sdkRequestsSent = new AtomicLong();

    /** Starts Jetty with the filter on {@code /sdk/*} and the bare servlet on {@code /bare/*}, and signs the requests. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        WebhookSigner signer = WebhookSigner.generate(3072);
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) signer.publicKey()))
                .clock(Clock.fixed(SignedDelivery.TIMESTAMP, ZoneOffset.UTC))
                .tolerance(Duration.ZERO)
                .build();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(verifier)
                .deliveryStore(InMemoryDeliveryStore.builder()
                        .maxEntries(REMEMBERED_DELIVERIES)
                        .minRetention(Duration.ofNanos(1))
                        .build())
                .on(WebhookEvent.class, (event, context) -> handled.incrementAndGet())
                .build();

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), "/sdk/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new BareVerifyingServlet(signer.publicKey())), "/bare/*");
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                unexpected.incrementAndGet();
                response.setStatus(404);
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        String base = "http://127.0.0.1:" + connector.getLocalPort();

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        sdkRequests = SignedDelivery.signed(signer, SDK_PATH, DISTINCT_DELIVERIES).stream()
                .map(delivery -> post(base, delivery)).toList();
        bareRequests = SignedDelivery.signed(signer, BARE_PATH, DISTINCT_DELIVERIES).stream()
                .map(delivery -> post(base, delivery)).toList();
        for (int i = 0; i < DISTINCT_DELIVERIES; i++) {
            expectProcessed(sdkFilter());
            expectProcessed(bareServlet());
        }
    }

    private static HttpRequest post(String base, SignedDelivery delivery) {
        return HttpRequest.newBuilder(URI.create(base + delivery.pathAndQuery()))
                .header("Content-Type", "application/json")
                .header(WebhookHeaders.TIMESTAMP, delivery.timestampText())
                .header(WebhookHeaders.SIGNATURE, delivery.signatureText())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
    }

    private static void expectProcessed(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200 || !body.contains("processed")) {
            throw new IllegalStateException("expected 200 processed, got " + response.statusCode() + " " + body);
        }
    }

    /** Checks that every request to the filter reached the handler, then stops Jetty. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        server.stop();
        if (handled.get() != sdkRequestsSent.get() || unexpected.get() != 0) {
            throw new IllegalStateException("the filter handled " + handled.get() + " of " + sdkRequestsSent
                    + " deliveries (" + unexpected.get() + " requests went elsewhere); a short-cut was measured");
        }
    }

    /** One SDK operation and one baseline operation, in alternating order, each timed. */
    @Benchmark
    public void alternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkFilter, this::bareServlet, blackhole);
    }

    /** The SDK: filter reads the body, dispatcher verifies, parses, claims, runs the handler, confirms. */
    public HttpResponse<byte[]> sdkFilter() throws IOException, InterruptedException {
        sdkRequestsSent.incrementAndGet();
        nextSdk = (nextSdk + 1) % DISTINCT_DELIVERIES;
        return http.send(sdkRequests.get(nextSdk), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The baseline: a servlet reads the body and verifies the signature with the JCA by hand. */
    public HttpResponse<byte[]> bareServlet() throws IOException, InterruptedException {
        nextBare = (nextBare + 1) % DISTINCT_DELIVERIES;
        return http.send(bareRequests.get(nextBare), HttpResponse.BodyHandlers.ofByteArray());
    }
}
