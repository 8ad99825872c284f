package io.github.payhawk4j.http;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The executor of the {@link java.net.http.HttpClient} the SDK makes for itself. The JDK hands it two kinds of
 * work. From its selector thread, the processing of a response (reading the headers, passing the body to the SDK's
 * subscribers, none of which block): that runs right there, instead of waking a pool thread for it, one thread
 * wake-up fewer per response. And the start of an exchange sent with {@code sendAsync} (see {@link #startAsync}):
 * that runs in a pool thread, as with the JDK's own executor, so an asynchronous call never has its caller resolve
 * a host name or open a connection. A synchronous {@code send} starts its exchange in the calling thread either way.
 */
public final class InlineResponseExecutor implements Executor {

    /** Set in a thread while it starts an asynchronous exchange. */
    private final ThreadLocal<Boolean> startingAsync = new ThreadLocal<>();
    private final ExecutorService starts;

    /** An executor with its own pool of daemon threads for asynchronous starts (started as needed, ended when idle). */
    public InlineResponseExecutor() {
        AtomicInteger threads = new AtomicInteger();
        this.starts = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "payhawk4j-http-start-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        if (startingAsync.get() != null) {
            starts.execute(task);
        } else {
            task.run();
        }
    }

    /**
     * Calls {@code send}, which sends with {@code sendAsync} on the client this executor runs, so that the tasks
     * the JDK hands over while it does (the start of the exchange) run in a pool thread, not the caller's.
     */
    public <T> T startAsync(Supplier<T> send) {
        startingAsync.set(Boolean.TRUE);
        try {
            return send.get();
        } finally {
            startingAsync.remove();
        }
    }
}
