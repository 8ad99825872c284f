package io.github.payhawk4j.observation;

/**
 * Told about every attempt a {@code PayhawkClient} sends, for metrics, traces or logs; set with
 * {@code PayhawkClient.builder().listener(...)}. Each started attempt is followed by exactly one
 * {@link #attemptFinished}; an attempt that never got its rate-limit slot (interrupted) is neither.
 * For blocking calls both run on the caller's thread; for async ones on whichever thread completes the step.
 *
 * <p>Methods must be quick, thread-safe and must not call the client. An exception they throw is logged
 * and ignored: a listener never breaks a call. The methods do nothing by default; override what you need.
 */
public interface PayhawkClientListener {

    /** An attempt is being sent, after its rate-limit wait. */
    default void attemptStarted(AttemptStarted event) {
    }

    /** An attempt got a response or failed without one. */
    default void attemptFinished(AttemptFinished event) {
    }

    /** {@return a listener that ignores everything, the client's default} */
    static PayhawkClientListener none() {
        return NoListener.INSTANCE;
    }
}
