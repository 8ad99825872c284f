package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.observation.AttemptFinished;
import io.github.payhawk4j.observation.PayhawkClientListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every attempt a client made, as its listener was told: what a test counts requests and 429s with. */
final class AttemptLog implements PayhawkClientListener {

    private final List<AttemptFinished> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void attemptFinished(AttemptFinished event) {
        attempts.add(event);
    }

    long count(String method) {
        return attempts.stream().filter(attempt -> attempt.operation().method().equals(method)).count();
    }

    long throttled() {
        return attempts.stream().filter(AttemptFinished::throttled).count();
    }

    boolean everyThrottledAttemptWasRetried() {
        return attempts.stream().filter(AttemptFinished::throttled).allMatch(AttemptFinished::willRetry);
    }

    void clear() {
        attempts.clear();
    }
}
