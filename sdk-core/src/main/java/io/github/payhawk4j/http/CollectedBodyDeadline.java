package io.github.payhawk4j.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deadline of a small body that the JDK collects while the sending thread waits in {@link
 * java.net.http.HttpClient#send}: the JDK's own request timeout stops counting once the headers are in, so once the
 * attempt's deadline passes this interrupts the sending thread, which makes {@code send} give up on the exchange
 * (the JDK drops the connection) and throw {@link InterruptedException}. The interrupt is only ever sent while the
 * sender is still waiting; {@link #end()} says whether it was sent and clears it, so it never reaches the caller.
 *
 * <p>Collecting such a body in a subscriber of the JDK's own lets the sender wake once, when the whole response is
 * in; a body read as it arrives wakes it twice (headers, then body), which on a busy machine costs more than the
 * call's own work.
 */
final class CollectedBodyDeadline {

    private static final int WAITING = 0;
    private static final int INTERRUPTING = 1;
    private static final int INTERRUPTED = 2;
    private static final int ENDED = 3;

    private final Thread sender;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final CompletableFuture<Void> timer = new CompletableFuture<>();

    /** @param sender the thread that waits in {@code send} */
    CollectedBodyDeadline(Thread sender) {
        this.sender = sender;
    }

    /** Starts counting down to {@code deadlineNanos} (a {@link System#nanoTime()}); called at most once. */
    void start(long deadlineNanos) {
        timer.orTimeout(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)
                .whenComplete((ignored, failure) -> {
                    if (failure instanceof TimeoutException) {
                        interruptSender();
                    }
                });
    }

    /**
     * The sender has stopped waiting, one way or another; called by the sender, once. Stops the count.
     *
     * @return whether the deadline interrupted the sender, in which case that interrupt has been cleared
     */
    boolean end() {
        timer.complete(null);
        if (state.compareAndSet(WAITING, ENDED)) {
            return false;
        }
        while (state.get() != INTERRUPTED) {
            // The timer thread is between deciding to interrupt and having done it: a few instructions.
            Thread.onSpinWait();
        }
        Thread.interrupted();
        return true;
    }

    private void interruptSender() {
        if (state.compareAndSet(WAITING, INTERRUPTING)) {
            sender.interrupt();
            state.set(INTERRUPTED);
        }
    }
}
