package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.DeliveryRecord;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.key.PublicKeys;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookInspectorTest {

    private static final String PATH = "/payhawk/webhooks";

    private static PayhawkSandbox sandbox;
    private static PayhawkClient client;

    @TempDir
    Path files;

    @BeforeAll
    static void startSandbox() {
        sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate()).withoutRateLimit()
                .deliveryBackoff(Duration.ofMillis(50), Duration.ofMillis(200)).deliveryTimeout(Duration.ofSeconds(5))
                .start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId())
                .baseUrl(sandbox.baseUrl()).build();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void printsADeliveryTheSandboxSignedAndRejectsAForgedOne() throws Exception {
        Path keyFile = Files.writeString(files.resolve("payhawk.pem"), sandboxPem());
        int port = freePort();
        CompletableFuture<ProgramRun> inspector = inspect(Map.of(), "--port", String.valueOf(port),
                "--public-key-file", keyFile.toString(), "--max-deliveries", "2", "--duration", "30s");
        awaitListening(port);
        String url = "http://127.0.0.1:" + port + PATH;
        String subscriptionId = client.webhooks().create(EventType.SUPPLIER_CREATED, url).id();
        try {
            String supplierId = sandbox.account().createSupplier("Acme Office Supplies GmbH", null);
            assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
            HttpResponse<String> forged = postForged(url);

            ProgramRun run = inspector.get(30, TimeUnit.SECONDS);

            DeliveryRecord delivery = deliveryTo(url);
            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Listening on " + url + ", verifying with the key in " + keyFile,
                    "VERIFIED supplier.created (SupplierCreated)",
                    "  delivery    " + delivery.deliveryId(),
                    "  account     " + sandbox.accountId(),
                    "  supplierId  " + supplierId,
                    "\"supplierId\" : \"" + supplierId + "\"",
                    "REJECTED 401 signature_mismatch  POST " + PATH + " from 127.0.0.1",
                    "Stopped: 1 verified, 0 duplicates, 1 rejected");
        } finally {
            client.webhooks().delete(subscriptionId);
        }
    }

    @Test
    void fetchesTheKeyThroughTheApiAndShowsARedeliveryAsADuplicate() throws Exception {
        int port = freePort();
        CompletableFuture<ProgramRun> inspector = inspect(ListExpensesTest.environment(sandbox, sandbox.apiKey()),
                "--port", String.valueOf(port), "--max-deliveries", "2", "--duration", "30s");
        awaitListening(port);
        String url = "http://127.0.0.1:" + port + PATH;
        String subscriptionId = client.webhooks().create(EventType.PAYMENT_SETTLED, url).id();
        try {
            String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Deutsche Bahn",
                    new BigDecimal("89.90"), "EUR"));
            String paymentId = sandbox.account().settlePayment(expenseId);
            assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
            sandbox.redeliver(deliveryTo(url).deliveryId());

            ProgramRun run = inspector.get(30, TimeUnit.SECONDS);

            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("verifying with Payhawk's key from " + sandbox.baseUrl(),
                    "VERIFIED payment.settled (PaymentSettled)",
                    "  expenseId  " + expenseId,
                    "  paymentId  " + paymentId,
                    "DUPLICATE POST " + PATH,
                    "Stopped: 1 verified, 1 duplicate, 0 rejected");
            assertThat(run.out()).containsOnlyOnce("VERIFIED");
        } finally {
            client.webhooks().delete(subscriptionId);
        }
    }

    @Test
    void requestsToAnotherPathAreIgnoredWith404() throws Exception {
        Path keyFile = Files.writeString(files.resolve("payhawk.pub"), sandbox.publicKeyOpenSsh());
        int port = freePort();
        CompletableFuture<ProgramRun> inspector = inspect(Map.of(), "--port", String.valueOf(port),
                "--public-key-file", keyFile.toString(), "--duration", "2s");
        awaitListening(port);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/webhooks")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        ProgramRun run = inspector.get(30, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("IGNORED POST /webhooks from 127.0.0.1: deliveries are expected at " + PATH,
                "Stopped: 0 verified, 0 duplicates, 0 rejected");
    }

    @Test
    void failsWhenFewerThanTheExpectedDeliveriesArriveInTime() throws Exception {
        Path keyFile = Files.writeString(files.resolve("payhawk.pem"), sandboxPem());

        ProgramRun run = ProgramRun.of(WebhookInspector::run, Map.of(), "--port", String.valueOf(freePort()),
                "--public-key-file", keyFile.toString(), "--max-deliveries", "1", "--duration", "300ms");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("Waiting for deliveries; stopping after 1 delivery or 300ms");
        assertThat(run.err()).isEqualTo("error: 0 of 1 deliveries arrived within 300ms" + System.lineSeparator());
    }

    @Test
    void theSandboxModeSubscribesPlaysEventsPrintsThemAndExits() throws Exception {
        ProgramRun run = ProgramRun.of(WebhookInspector::run, Map.of(), "--sandbox", "--port",
                String.valueOf(freePort()));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Subscribed http://127.0.0.1:",
                "VERIFIED supplier.created", "VERIFIED expense.created", "VERIFIED expense.reviewed",
                "VERIFIED payment.settled", "REJECTED 401 signature_mismatch",
                "Done: 4 verified, 0 duplicates, 1 rejected");
    }

    @Test
    void helpAndUsageErrors() {
        ProgramRun help = ProgramRun.of(WebhookInspector::run, Map.of(), "--help");
        ProgramRun unknown = ProgramRun.of(WebhookInspector::run, Map.of(), "--verbose");
        ProgramRun badPort = ProgramRun.of(WebhookInspector::run, Map.of(), "--port", "70000");
        ProgramRun badPath = ProgramRun.of(WebhookInspector::run, Map.of(), "--path", "payhawk");
        ProgramRun badDuration = ProgramRun.of(WebhookInspector::run, Map.of(), "--duration", "forever");

        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: WebhookInspector").contains("--public-key-file FILE",
                "-Ddemo.main=io.github.payhawk4j.examples.cli.WebhookInspector");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("WebhookInspector: unknown option --verbose")
                .contains("Usage: WebhookInspector");
        assertThat(badPort.status()).isEqualTo(2);
        assertThat(badPort.err()).startsWith("WebhookInspector: --port needs a whole number from 0 to 65535");
        assertThat(badPath.status()).isEqualTo(2);
        assertThat(badDuration.status()).isEqualTo(2);
    }

    @Test
    void withoutAKeyFileOrAnApiKeyItSaysWhatToSet() {
        ProgramRun run = ProgramRun.of(WebhookInspector::run, Map.of(), "--duration", "1s");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no key to verify deliveries with: pass --public-key-file")
                .hasLineCount(1);
    }

    @Test
    void anUnreachableApiFailsAtStartWithOneLineThatDoesNotShowTheKey() throws IOException {
        int closedPort = freePort();
        ProgramRun run = ProgramRun.of(WebhookInspector::run, Map.of(PayhawkConnection.API_KEY, "key-0xdead",
                        PayhawkConnection.ACCOUNT_ID, "acc", PayhawkConnection.BASE_URL, "http://127.0.0.1:" + closedPort),
                "--port", String.valueOf(freePort()), "--duration", "1s");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: could not reach Payhawk: GET /api/v3/rsa-public-key")
                .hasLineCount(1);
        assertThat(run.out()).doesNotContain("Listening");
        assertThat(run.all()).doesNotContain("key-0xdead");
    }

    @Test
    void aMissingOrInvalidKeyFileAndABusyPortFailWithOneLine() throws IOException {
        Path notAKey = Files.writeString(files.resolve("notes.txt"), "hello");
        ProgramRun missing = ProgramRun.of(WebhookInspector::run, Map.of(), "--public-key-file",
                files.resolve("absent.pem").toString(), "--duration", "1s");
        ProgramRun invalid = ProgramRun.of(WebhookInspector::run, Map.of(), "--public-key-file", notAKey.toString(),
                "--duration", "1s");
        ProgramRun busy;
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            busy = ProgramRun.of(WebhookInspector::run, Map.of(), "--port", String.valueOf(taken.getLocalPort()),
                    "--public-key-file", Files.writeString(files.resolve("k.pem"), sandboxPem()).toString(),
                    "--duration", "1s");
        }

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist").hasLineCount(1);
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("error: ").hasLineCount(1);
        assertThat(busy.status()).isEqualTo(1);
        assertThat(busy.err()).startsWith("error: cannot listen on 127.0.0.1:").contains("choose another --port")
                .hasLineCount(1);
    }

    private static CompletableFuture<ProgramRun> inspect(Map<String, String> environment, String... args) {
        return CompletableFuture.supplyAsync(() -> ProgramRun.of(WebhookInspector::run, environment, args));
    }

    private static DeliveryRecord deliveryTo(String url) {
        return sandbox.deliveries().stream().filter(record -> record.callbackUrl().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery to " + url));
    }

    /** A delivery with a fresh timestamp, signed by a key that is not the sandbox's. */
    private static HttpResponse<String> postForged(String url) throws IOException, InterruptedException {
        byte[] body = ("{\"id\":\"forged\",\"accountId\":\"" + sandbox.accountId()
                + "\",\"eventType\":\"supplier.created\",\"payload\":{\"supplierId\":\"sup_x\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        WebhookSigner.generate().headers(PATH, body, Instant.now()).forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the inspector did not listen on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String sandboxPem() {
        return PublicKeys.toPem((RSAPublicKey) sandbox.publicKey());
    }
}
