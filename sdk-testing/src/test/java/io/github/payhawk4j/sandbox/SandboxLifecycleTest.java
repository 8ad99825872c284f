package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start on a free loopback port, stop completely on close. */
class SandboxLifecycleTest {

    @Test
    void listensOnLoopbackAndStopsEveryThreadOnClose() throws InterruptedException {
        CallbackReceiver slowToAnswer = new CallbackReceiver();
        String baseUrl;
        try (PayhawkSandbox sandbox = TestSigner.quickSandbox().deliveryAttempts(50).start()) {
            baseUrl = sandbox.baseUrl();
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
            SandboxApi api = new SandboxApi(sandbox);
            assertThat(api.get("/api/v3/accounts/" + sandbox.accountId() + "/expenses").status()).isEqualTo(200);
            // A delivery still retrying when the sandbox closes must not keep a thread alive.
            slowToAnswer.answerAlways(500);
            api.post("/api/v3/accounts/" + sandbox.accountId() + "/webhooks", "{\"eventType\":\""
                    + EventType.EXPENSE_CREATED.value() + "\",\"callbackUrl\":\"" + slowToAnswer.url("/h") + "\"}");
            sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR"));
            assertThat(sandboxThreads()).isNotEmpty();
        } finally {
            slowToAnswer.close();
        }

        // close() has stopped both thread pools; their threads only have to return. Only a leak waits this long.
        waitUntilNoSandboxThreads(Duration.ofSeconds(60));
        assertThat(sandboxThreads()).isEmpty();
        SandboxApi closed = new SandboxApi(baseUrl, "sandbox-api-key");
        assertThatThrownBy(() -> closed.get("/api/v3/rsa-public-key")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void operationsThatWouldDeliverAfterCloseFail() {
        CallbackReceiver receiver = new CallbackReceiver();
        PayhawkSandbox sandbox = TestSigner.quickSandbox().start();
        try {
            new SandboxApi(sandbox).post("/api/v3/accounts/" + sandbox.accountId() + "/webhooks",
                    "{\"eventType\":\"expense.created\",\"callbackUrl\":\"" + receiver.url("/h") + "\"}");
        } finally {
            sandbox.close();
            receiver.close();
        }
        assertThatThrownBy(() -> sandbox.account().createCardExpense(CardPurchase.of("Uber", BigDecimal.ONE, "EUR")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void twoSandboxesGetTheirOwnPorts() {
        try (PayhawkSandbox first = TestSigner.quickSandbox().start();
             PayhawkSandbox second = TestSigner.quickSandbox().start()) {
            assertThat(first.baseUrl()).isNotEqualTo(second.baseUrl());
        }
    }

    private static Set<String> sandboxThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("payhawk-sandbox-"))
                .collect(Collectors.toSet());
    }

    private static void waitUntilNoSandboxThreads(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sandboxThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
