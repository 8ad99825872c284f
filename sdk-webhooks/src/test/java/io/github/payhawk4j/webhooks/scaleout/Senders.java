package io.github.payhawk4j.webhooks.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent senders that behave like Payhawk: each send goes to the node it is addressed to, and a send answered
 * with anything but 200 (or not answered at all: a node died) is sent again, to the next node, until it is answered
 * 200 or a bound is reached. They count the final answers and measure how long each answered request took.
 */
final class Senders {

    /** One send: which delivery, and which node gets it first. */
    record Send(Payhawk.Delivery delivery, int node) {
    }

    private static final int MAX_ATTEMPTS = 2_000;

    private final Payhawk payhawk;
    private final List<URI> nodes;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<String> lost = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long[] latenciesMicros;
    private final AtomicInteger answered = new AtomicInteger();

    /**
     * @param nodes the URL of the callback path on each node
     */
    Senders(Payhawk payhawk, List<URI> nodes, int sends) {
        this.payhawk = payhawk;
        this.nodes = nodes;
        this.latenciesMicros = new long[sends * 4];
    }

    /** Sends everything with {@code threads} senders; returns the wall time in milliseconds. */
    long sendAll(List<Send> sends, int threads, long timeoutSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            senders.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < sends.size(); i = next.getAndIncrement()) {
                    deliver(sends.get(i));
                }
                return null;
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new AssertionError("senders did not finish within " + timeoutSeconds + " s");
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Sends one delivery until it is answered 200. */
    void deliver(Send send) throws InterruptedException {
        int node = send.node();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            URI uri = nodes.get(node % nodes.size()).resolve(send.delivery().path());
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = payhawk.post(uri, send.delivery());
            } catch (IOException e) {
                tally("unanswered");
                node++;
                Thread.sleep(20);
                continue;
            }
            record((System.nanoTime() - started) / 1_000);
            if (response.statusCode() == 200) {
                tally(response.body());
                return;
            }
            tally(String.valueOf(response.statusCode()));
            if (response.statusCode() == 400 || response.statusCode() == 401 || response.statusCode() == 413) {
                break;
            }
            node++;
            Thread.sleep(response.statusCode() == 409 ? 10 : 20);
        }
        lost.add(send.delivery().deliveryId());
    }

    private void tally(String answer) {
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    private void record(long micros) {
        int slot = answered.getAndIncrement();
        if (slot < latenciesMicros.length) {
            latenciesMicros[slot] = micros;
        }
    }

    /** How many sends ended with, or were refused with, each answer (200 bodies, other statuses, "unanswered"). */
    long count(String answer) {
        LongAdder adder = answers.get(answer);
        return adder == null ? 0 : adder.sum();
    }

    /** Deliveries never answered 200. */
    List<String> lost() {
        return lost;
    }

    /** The {@code percentile} (0–100) of the answered requests' latencies, in milliseconds. */
    double latencyMillis(double percentile) {
        long[] sorted = Arrays.copyOf(latenciesMicros, Math.min(answered.get(), latenciesMicros.length));
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    @Override
    public String toString() {
        return new java.util.TreeMap<>(answers).toString();
    }
}
