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
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookInspectorTest {

    private static final String PATH = "/payhawk/webhooks";
    /** The URL the inspector prints once it listens; it listens on a port the system chose (--port 0). */
    private static final Pattern LISTENING_URL = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+" + PATH + ")");
    /** Only a hang reaches it: awaitDeliveries returns as soon as the last delivery ended. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static PayhawkSandbox sandbox;
    private static PayhawkClient client;

    @TempDir
    Path files;

    @BeforeAll
    static void startSandbox() {
        sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate()).withoutRateLimit()
                .deliveryBackoff(Duration.ofMillis(50), Duration.ofMillis(200)).deliveryTimeout(Duration.ofSeconds(60))
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
        RunningProgram inspector = RunningProgram.start(WebhookInspector::run, Map.of(), "--port", "0",
                "--public-key-file", keyFile.toString(), "--max-deliveries", "2", "--duration", "120s");
        String url = inspector.awaitOutput(LISTENING_URL);
        String subscriptionId = client.webhooks().create(EventType.SUPPLIER_CREATED, url).id();
        try {
            String supplierId = sandbox.account().createSupplier("Acme Office Supplies GmbH", null);
            assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
            HttpResponse<String> forged = postForged(url);

            ProgramRun run = inspector.finish();

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
        RunningProgram inspector = RunningProgram.start(WebhookInspector::run,
                ListExpensesTest.environment(sandbox, sandbox.apiKey()),
                "--port", "0", "--max-deliveries", "2", "--duration", "120s");
        String url = inspector.awaitOutput(LISTENING_URL);
        String subscriptionId = client.webhooks().create(EventType.PAYMENT_SETTLED, url).id();
        try {
            String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Deutsche Bahn",
                    new BigDecimal("89.90"), "EUR"));
            String paymentId = sandbox.account().settlePayment(expenseId);
            assertThat(sandbox.awaitDeliveries(WAIT)).isTrue();
            sandbox.redeliver(deliveryTo(url).deliveryId());

            ProgramRun run = inspector.finish();

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
        RunningProgram inspector = RunningProgram.start(WebhookInspector::run, Map.of(), "--port", "0",
                "--public-key-file", keyFile.toString(), "--max-deliveries", "1", "--duration", "120s");
        String url = inspector.awaitOutput(LISTENING_URL);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.replace(PATH, "/webhooks"))).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        postForged(url);   // the one request it counts, so it stops
        ProgramRun run = inspector.finish();

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("IGNORED POST /webhooks from 127.0.0.1: deliveries are expected at " + PATH,
                "Stopped: 0 verified, 0 duplicates, 1 rejected");
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
        ProgramRun run;
        try (RefusingPort refusing = RefusingPort.open()) {
            run = ProgramRun.of(WebhookInspector::run, Map.of(PayhawkConnection.API_KEY, "key-0xdead",
                            PayhawkConnection.ACCOUNT_ID, "acc", PayhawkConnection.BASE_URL,
                            "http://127.0.0.1:" + refusing.number()),
                    "--port", "0", "--duration", "1s");
        }

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

    private static String sandboxPem() {
        return PublicKeys.toPem((RSAPublicKey) sandbox.publicKey());
    }
}
