package io.github.payhawk4j.spring.boot.metrics;

import io.github.payhawk4j.observation.AttemptFinished;
import io.github.payhawk4j.observation.AttemptStarted;
import io.github.payhawk4j.observation.PayhawkClientListener;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's attempts as Micrometer observations and meters. Each attempt is an observation
 * {@value #REQUESTS} (a timer of that name, and a span where tracing is on) with low-cardinality keys
 * {@code operation} ({@code GET /accounts/{accountId}/expenses}) and {@code outcome} (the status, or the failure's
 * class); beside it the counters {@value #THROTTLED} (429 answers) and {@value #RETRIES} (attempts followed by a
 * retry), and the timer {@value #RATE_LIMIT_WAIT} (time spent waiting for the client's own rate limiter).
 */
public final class MicrometerClientListener implements PayhawkClientListener {

    /** Observation (and timer) of every attempt. */
    public static final String REQUESTS = "payhawk.client.requests";
    /** Counter of attempts Payhawk answered 429. */
    public static final String THROTTLED = "payhawk.client.throttled";
    /** Counter of attempts the client retried. */
    public static final String RETRIES = "payhawk.client.retries";
    /** Timer of the waits for the client-side rate limiter. */
    public static final String RATE_LIMIT_WAIT = "payhawk.client.rate.limit.wait";

    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final Map<Attempt, Observation> inFlight = new ConcurrentHashMap<>();

    /**
     * A listener recording into these registries.
     *
     * @param observations where attempts are observed; its handlers make the timer and spans
     * @param meters       where the counters go
     */
    public MicrometerClientListener(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = observations;
        this.meters = meters;
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
        String operation = event.operation().toString();
        Observation observation = Observation.createNotStarted(REQUESTS, observations)
                .contextualName("payhawk " + operation)
                .lowCardinalityKeyValue("operation", operation)
                .start();
        inFlight.put(new Attempt(event.callId(), event.attempt()), observation);
        meters.timer(RATE_LIMIT_WAIT, "operation", operation).record(event.rateLimitWait());
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
        String operation = event.operation().toString();
        Observation observation = inFlight.remove(new Attempt(event.callId(), event.attempt()));
        if (observation != null) {
            observation.lowCardinalityKeyValues(KeyValues.of("outcome", event.outcome()));
            if (event.failure() != null) {
                observation.error(event.failure());
            }
            observation.stop();
        }
        Tags tags = Tags.of("operation", operation);
        if (event.throttled()) {
            meters.counter(THROTTLED, tags).increment();
        }
        if (event.willRetry()) {
            meters.counter(RETRIES, tags).increment();
        }
    }

    private record Attempt(long callId, int attempt) {
    }
}
