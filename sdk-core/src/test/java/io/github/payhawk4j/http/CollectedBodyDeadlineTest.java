package io.github.payhawk4j.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadline of a body the JDK collects while the caller waits in {@code send}: it interrupts the waiting caller
 * once passed, never after the caller has stopped waiting, and the interrupt it sent never outlives {@code end()}.
 */
class CollectedBodyDeadlineTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aPassedDeadlineInterruptsTheWaitingSenderAndEndClearsThatInterrupt() {
        CollectedBodyDeadline deadline = new CollectedBodyDeadline(Thread.currentThread());
        deadline.start(System.nanoTime() - 1);

        // A body that never arrives: only the deadline's interrupt ends this wait.
        assertThatThrownBy(() -> new CountDownLatch(1).await()).isInstanceOf(InterruptedException.class);

        assertThat(deadline.end()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aSenderThatEndedBeforeTheDeadlineIsNeverInterruptedAfterwards() throws InterruptedException {
        CollectedBodyDeadline deadline = new CollectedBodyDeadline(Thread.currentThread());
        deadline.start(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));

        assertThat(deadline.end()).isFalse();

        // Well past the deadline: a timer still running would have interrupted this wait.
        assertThat(new CountDownLatch(1).await(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aDeadlineNeverStartedEndsWithoutInterrupt() {
        CollectedBodyDeadline deadline = new CollectedBodyDeadline(Thread.currentThread());

        assertThat(deadline.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theCallersOwnInterruptIsNotTakenForTheDeadline() {
        CollectedBodyDeadline deadline = new CollectedBodyDeadline(Thread.currentThread());
        deadline.start(System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
        Thread.currentThread().interrupt();

        assertThat(deadline.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).as("left for the caller to handle").isTrue();
    }
}
