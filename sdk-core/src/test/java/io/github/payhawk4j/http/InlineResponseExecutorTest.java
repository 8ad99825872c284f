package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The executor of the SDK's own HttpClient: work handed over runs in the thread that hands it over (for a response,
 * the client's selector thread), except while an asynchronous send starts, whose start runs in a pool thread so the
 * caller never connects itself.
 */
class InlineResponseExecutorTest {

    private final InlineResponseExecutor executor = new InlineResponseExecutor();

    @Test
    void workHandedOverRunsInTheThreadThatHandsItOver() {
        CompletableFuture<Thread> ranIn = new CompletableFuture<>();

        executor.execute(() -> ranIn.complete(Thread.currentThread()));

        assertThat(ranIn).isCompletedWithValue(Thread.currentThread());
    }

    @Test
    void workHandedOverWhileAnAsynchronousSendStartsRunsInAPoolThread() throws Exception {
        CompletableFuture<Thread> ranIn = new CompletableFuture<>();

        String returned = executor.startAsync(() -> {
            executor.execute(() -> ranIn.complete(Thread.currentThread()));
            return "sent";
        });

        assertThat(returned).isEqualTo("sent");
        Thread pool = ranIn.get(30, TimeUnit.SECONDS);
        assertThat(pool).isNotSameAs(Thread.currentThread());
        assertThat(pool.isDaemon()).as("never keeps the JVM alive").isTrue();
        assertThat(pool.getName()).startsWith("payhawk4j-http-start-");
    }

    @Test
    void onceTheStartHasReturnedWorkRunsInlineAgainEvenIfTheStartFailed() {
        assertThatThrownBy(() -> executor.startAsync(() -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
        CompletableFuture<Thread> ranIn = new CompletableFuture<>();

        executor.execute(() -> ranIn.complete(Thread.currentThread()));

        assertThat(ranIn).isCompletedWithValue(Thread.currentThread());
    }
}
