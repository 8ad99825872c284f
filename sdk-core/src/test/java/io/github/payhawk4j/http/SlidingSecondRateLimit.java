package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * A WireMock extension that plays Payhawk's rate limit: a request is answered 429 whenever more
 * than {@code limit} requests (itself included, refused ones too) arrived in the last sliding
 * second; otherwise it goes on to the stubs. Register it with
 * {@code wireMockConfig().extensions(limit)}. Thread-safe.
 */
public final class SlidingSecondRateLimit implements StubRequestFilterV2 {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final int limit;
    private final Deque<Long> arrivals = new ArrayDeque<>();
    private LongSupplier nanoTime = System::nanoTime;
    private int refused;

    /** Refuses requests above {@code limit} per sliding second. */
    public SlidingSecondRateLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        long now = nanoTime.getAsLong();
        while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= SECOND_NANOS) {
            arrivals.pollFirst();
        }
        arrivals.addLast(now);
        if (arrivals.size() > limit) {
            refused++;
            return RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"TooManyRequests\",\"message\":\"Rate limit exceeded\"}")
                    .build());
        }
        return RequestFilterAction.continueWith(request);
    }

    /** How many requests were answered 429 since the last {@link #reset()}. */
    public synchronized int refused() {
        return refused;
    }

    /** Forgets all arrivals and refusals, for the next test, and goes back to the system's clock. */
    public synchronized void reset() {
        arrivals.clear();
        refused = 0;
        nanoTime = System::nanoTime;
    }

    /** Counts every arrival from now on at this one instant: a burst, however slowly it arrives. */
    public synchronized void freezeTime() {
        long now = System.nanoTime();
        nanoTime = () -> now;
    }

    @Override
    public String getName() {
        return "sliding-second-rate-limit";
    }
}
